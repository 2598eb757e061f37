import Foundation
import Yams

/// A problem in a rollout plan file, by line and field.
public struct RolloutProblem: Equatable, Sendable {
    public var line: Int
    public var field: String
    /// The text that could not be read; empty when the field is missing.
    public var text: String
}

/// Reads a rollout plan written as YAML (`tasks:` with `title`, `deadline`, `responsible`),
/// refusing the whole file when any task is incomplete.
enum RolloutFile {
    struct Task {
        var title: String
        var deadline: String
        var responsible: String
    }

    static func read(_ text: String) throws -> (organization: String?, tasks: [Task]) {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw DeskError.rolloutFileRefused([RolloutProblem(line: 1, field: "tasks", text: "")])
            }
            root = composed
        } catch let error as DeskError {
            throw error
        } catch {
            throw DeskError.rolloutFileRefused([RolloutProblem(line: 1, field: "", text: "\(error)")])
        }
        var problems: [RolloutProblem] = []
        var tasks: [Task] = []
        let nodes = root["tasks"]?.sequence ?? []
        if nodes.isEmpty { problems.append(RolloutProblem(line: root.mark?.line ?? 1, field: "tasks", text: "")) }
        for node in nodes {
            let title = node["title"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let deadline = node["deadline"]?.string?.trimmingCharacters(in: .whitespaces) ?? ""
            let people = node["responsible"]?.sequence?.compactMap(\.string) ?? node["responsible"]?.string.map { [$0] } ?? []
            for (field, value) in [("title", title), ("deadline", deadline), ("responsible", people.joined())] where value.isEmpty {
                problems.append(RolloutProblem(line: node.mark?.line ?? 1, field: field, text: ""))
            }
            tasks.append(Task(title: title, deadline: deadline, responsible: people.joined(separator: ", ")))
        }
        if !problems.isEmpty { throw DeskError.rolloutFileRefused(problems) }
        return (root["organization"]?.string, tasks)
    }
}
