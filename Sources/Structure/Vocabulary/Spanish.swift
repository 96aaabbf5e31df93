extension LanguageVocabulary {
    /// Spanish, as printed in United Nations documents.
    public static let spanish = LanguageVocabulary(
        tag: "es",
        // The connectors of a suspended compound ("corto- y largo plazo").
        suspensionConnectors: ["y", "o"],
        script: .latin,
        // Articles and prepositions of any Spanish text (the Spanish guess of the header parser).
        commonWords: ["el", "los", "las", "del", "y", "una", "por"],
        // Spanish conventions and acts ("Artículo 5", "Capítulo II"), as the English ones.
        partLabels: ["Artículo", "Capítulo", "Parte", "Sección", "Título"],
        outerPartLabels: ["Capítulo", "Parte", "Título"],
        header: .spanish
    )
}

extension HeaderVocabulary {
    /// Page 1 of a General Assembly resolution in Spanish: "Naciones Unidas", "Asamblea General",
    /// "Distr. general", "Septuagésimo tercer período de sesiones", "Tema 71 b) del programa",
    /// "Resolución aprobada por la Asamblea General el 26 de octubre de 2018", "La Asamblea General,",
    /// "26ª sesión plenaria" (the Spanish edition of A/RES/73/6).
    public static let spanish: HeaderVocabulary = {
        var h = HeaderVocabulary()
        h.organization = ["Naciones Unidas"]
        h.organs = ["Asamblea General": "General Assembly", "Consejo de Seguridad": "Security Council",
                    "Consejo Económico y Social": "Economic and Social Council", "Consejo de Derechos Humanos": "Human Rights Council"]
        h.distribution = ["general": "General", "limitada": "Limited", "reservada": "Restricted"]
        h.months = ["enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
                    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12]
        h.sessionPattern = #"^(.+?)\s+período\s+de\s+sesiones$"#
        h.numberWords = ["primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5,
                         "sexto": 6, "séptimo": 7, "octavo": 8, "noveno": 9, "décimo": 10, "undécimo": 11,
                         "duodécimo": 12, "vigésimo": 20, "trigésimo": 30, "cuadragésimo": 40, "quincuagésimo": 50,
                         "sexagésimo": 60, "septuagésimo": 70, "octogésimo": 80, "nonagésimo": 90, "centésimo": 100]
        h.agendaPatterns = [#"^Temas?\s+(\d.*?)\s+del\s+programa(?:\s+provisional)?\**$"#]
        h.itemConnectors = ["y"]
        h.adoptionPatterns = [#"^Resolución aprobada por la Asamblea General(?:\s+el\s+(.+))?$"#]
        h.formulas = ["La Asamblea General,", "El Consejo de Seguridad,"]
        h.meetingPattern = #"^\d+ª\s+sesión(?:\s+plenaria)?\.?$"#
        return h
    }()
}
