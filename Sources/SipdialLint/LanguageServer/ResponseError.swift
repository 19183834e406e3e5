/// A JSON-RPC error, as a response carries it.
package struct ResponseError: Error, Sendable, Equatable {
    package let code: Int
    package let message: String

    package init(_ code: Int, _ message: String) {
        self.code = code
        self.message = message
    }

    package static let parseError = -32700
    package static let invalidRequest = -32600
    package static let methodNotFound = -32601
    package static let invalidParams = -32602
    package static let serverNotInitialized = -32002

    package static func invalidParams(_ message: String) -> ResponseError { ResponseError(invalidParams, message) }

    package var json: JSONValue { ["code": .integer(code), "message": .string(message)] }
}
