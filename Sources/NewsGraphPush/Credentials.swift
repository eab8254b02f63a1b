/// A user name and password for the endpoint. The password is read from an environment
/// variable (never from an argument, which other users can see in the process list), and no
/// description of this value shows it.
public struct Credentials: Sendable, CustomStringConvertible {
    public var user: String
    let password: String

    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }

    /// The password from the environment variable `variable`.
    public static func fromEnvironment(user: String, variable: String, environment: [String: String]) throws -> Credentials {
        guard let password = environment[variable] else { throw PushError.missingPassword(variable: variable) }
        return Credentials(user: user, password: password)
    }

    public var description: String { "\(user):<password from the environment>" }
}
