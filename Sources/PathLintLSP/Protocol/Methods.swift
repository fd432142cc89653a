/// The LSP methods the server answers or handles: a misspelt one is a compile error, not
/// a silent "unknown method".
enum RequestMethod: String {
    case initialize
    case shutdown
    case completion = "textDocument/completion"
    case hover = "textDocument/hover"
    case codeAction = "textDocument/codeAction"
    case codeActionResolve = "codeAction/resolve"
    case documentSymbol = "textDocument/documentSymbol"
    case documentLink = "textDocument/documentLink"
    case inlayHint = "textDocument/inlayHint"
    case documentDiagnostic = "textDocument/diagnostic"
    case workspaceDiagnostic = "workspace/diagnostic"
}

enum NotificationMethod: String {
    case initialized
    case exit
    case cancelRequest = "$/cancelRequest"
    case didOpen = "textDocument/didOpen"
    case didChange = "textDocument/didChange"
    case didClose = "textDocument/didClose"
    case didSave = "textDocument/didSave"
    case didChangeWatchedFiles = "workspace/didChangeWatchedFiles"
    case didChangeConfiguration = "workspace/didChangeConfiguration"
}

/// Methods the server sends.
enum ServerMethod: String {
    case publishDiagnostics = "textDocument/publishDiagnostics"
    case logMessage = "window/logMessage"
    case registerCapability = "client/registerCapability"
    case diagnosticRefresh = "workspace/diagnostic/refresh"
    case inlayHintRefresh = "workspace/inlayHint/refresh"
}
