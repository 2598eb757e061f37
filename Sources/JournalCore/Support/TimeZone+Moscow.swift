import Foundation

extension TimeZone {
    /// Moscow time: the zone of the demo school, and of a school whose own zone this system does
    /// not know. Moscow has kept UTC+3 all year since 2014, so a system without the zone database
    /// gets that same offset (and GMT only if it could not make a zone of three hours, which
    /// Foundation always can).
    public static let moscow = TimeZone(identifier: "Europe/Moscow") ?? TimeZone(secondsFromGMT: 3 * 60 * 60) ?? .gmt
}
