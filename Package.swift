// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "helpdesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "helpdesk", targets: ["helpdesk-repl"]),
        .library(name: "JournalCore", targets: ["JournalCore"]),
        .library(name: "HelpDesk", targets: ["HelpDesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        .target(
            name: "JournalCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CHunspell", "CCrack", "CLibPQ",
            ],
            resources: [.copy("Resources/Calendars"), .copy("Resources/Passwords"), .copy("Resources/PostgreSQL")]
        ),
        // A region's store on PostgreSQL, reached through libpq (Debian's libpq-dev).
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // Passwords checked by the system's cracklib and its dictionary (Debian's libcrack2, cracklib-runtime).
        .systemLibrary(name: "CCrack", providers: [.apt(["libcrack2-dev", "cracklib-runtime"])]),
        // Mail as RFC 5322 and MIME say, written and read by GMime (Debian's libgmime-3.0).
        .systemLibrary(
            name: "CGMime", pkgConfig: "gmime-3.0",
            providers: [.apt(["libgmime-3.0-dev"])]
        ),
        .target(name: "Mail", dependencies: ["CGMime"]),
        // Russian and English word stems by Snowball (Debian's libstemmer).
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        // Spelling suggestions by hunspell with Debian's Russian dictionary (hunspell-ru).
        .systemLibrary(name: "CHunspell", providers: [.apt(["libhunspell-dev", "hunspell-ru"])]),
        // Calendar replies (iTIP) read by libical (Debian's libical-dev).
        .systemLibrary(name: "CICal", pkgConfig: "libical", providers: [.apt(["libical-dev"])]),
        .target(
            name: "HelpDesk",
            dependencies: [
                "JournalCore", "Mail", "CStemmer", "CHunspell", "CICal", .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/Rollout"), .copy("Resources/Schedules"), .copy("Resources/PostgreSQL")]
        ),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(
            name: "Console",
            dependencies: [
                "JournalCore", "HelpDesk", "Mail", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "helpdesk-repl", dependencies: ["Console"]),
        .executableTarget(name: "helpdesk-bench", dependencies: ["JournalCore", "HelpDesk"]),
        // The fixtures every test suite shares.
        .target(
            name: "TestSupport", dependencies: ["JournalCore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/TestSupport"
        ),
        // The whole demo desk in memory, for the desk's and the console's tests.
        .target(name: "DeskTestSupport", dependencies: ["HelpDesk", "JournalCore", "TestSupport"], path: "Tests/DeskTestSupport"),
        .testTarget(
            name: "JournalCoreTests",
            dependencies: [
                "JournalCore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "HelpDeskTests",
            dependencies: [
                "HelpDesk", "Mail", "JournalCore", "TestSupport", "DeskTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The console's test double: scripted lines in, everything shown recorded (tests only).
        .target(name: "ConsoleTestSupport", dependencies: ["Console"], path: "Tests/ConsoleTestSupport"),
        .testTarget(
            name: "ConsoleTests",
            dependencies: [
                "Console", "ConsoleTestSupport", "DeskTestSupport", "Mail", "JournalCore", "TestSupport", "helpdesk-repl",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
