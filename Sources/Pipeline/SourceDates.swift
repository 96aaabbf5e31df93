import DocumentModel
import Foundation

/// Checks the dates read from a PDF's Info dictionary before they go into `source`.
///
/// Poppler gives any year the PDF claims; GLib writes a year below 1000 with fewer than four
/// digits ("999-01-02T03:04:05+00:00"), which the schema rejects, and one bad date would
/// fail the whole document. Such a date is dropped instead, with an info diagnostic.
public enum SourceDates {
    /// The form kept: `YYYY-MM-DDTHH:MM:SS` and an offset (`Z` or `±HH:MM`), year 1000–9999.
    private static let form = try! NSRegularExpression(pattern: #"^[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})$"#)

    /// `value` when it is a date the schema accepts, else nil and a `source.badDate`
    /// diagnostic (severity info) naming `field` (e.g. `"creationDate"`) and the raw value.
    public static func checked(_ value: String?, field: String) -> (value: String?, diagnostic: Diagnostic?) {
        guard let value else { return (nil, nil) }
        let range = NSRange(location: 0, length: (value as NSString).length)
        if form.firstMatch(in: value, range: range) != nil { return (value, nil) }
        return (nil, Diagnostic(.sourceBadDate,
                                message: "\(field) \"\(value)\" is not a date in the form YYYY-MM-DDTHH:MM:SS±HH:MM with a year from 1000; dropped"))
    }
}

