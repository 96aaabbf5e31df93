/// Reports over converted outputs (see `docstruct report`).
public enum ReportModule {}
