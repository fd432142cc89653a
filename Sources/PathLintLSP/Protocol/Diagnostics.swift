import JSONRPC

/// `textDocument/diagnostic` params.
struct DocumentDiagnosticParams {
    let textDocument: TextDocumentIdentifier?
    let previousResultID: String?

    init(_ params: JSONValue?) {
        textDocument = TextDocumentIdentifier(params)
        previousResultID = params?["previousResultId"]?.stringValue
    }
}

/// A document's pulled diagnostics: all of them, or "unchanged since `resultId`".
enum DocumentDiagnosticReport {
    case full(resultID: String?, items: JSONValue)
    case unchanged(resultID: String)

    var json: JSONValue {
        switch self {
        case .full(let resultID, let items):
            var object: JSONObject = ["kind": "full", "items": items]
            if let resultID { object["resultId"] = .string(resultID) }
            return .object(object)
        case .unchanged(let resultID):
            return ["kind": "unchanged", "resultId": .string(resultID)]
        }
    }
}

/// `workspace/diagnostic` params: the result ids the client holds, by URI.
struct WorkspaceDiagnosticParams {
    let previousResultIDs: [String: String]

    init(_ params: JSONValue?) {
        var ids: [String: String] = [:]
        for item in params?["previousResultIds"]?.arrayValue ?? [] {
            if let uri = item["uri"]?.stringValue, let value = item["value"]?.stringValue { ids[uri] = value }
        }
        previousResultIDs = ids
    }
}

/// One document of a workspace diagnostic report (`version` nil: not open).
struct WorkspaceDocumentDiagnosticReport {
    let uri: String
    let version: Int?
    let report: DocumentDiagnosticReport

    var json: JSONValue {
        guard case .object(var object) = report.json else { return .null }
        object["uri"] = .string(uri)
        object["version"] = version.map { .int(Int64($0)) } ?? .null
        return .object(object)
    }
}
