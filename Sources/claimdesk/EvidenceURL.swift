import Foundation

/// An http or https URL with a host, the rule `claimdesk mark --evidence` applies.
enum EvidenceURL {
    /// Nil when `text` is acceptable, else the message to show.
    static func problem(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", url.host?.isEmpty == false
        else { return "evidence must be an http or https URL, got '\(text)'" }
        return nil
    }
}
