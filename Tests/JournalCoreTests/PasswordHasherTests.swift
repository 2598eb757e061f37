import Testing

@testable import JournalCore

@Suite struct PasswordHasherTests {
    @Test func roundTripAcceptsTheRightPasswordOnly() throws {
        let hash = try PasswordHasher.fastForTests.hash("correct horse")
        #expect(PasswordHasher.verify("correct horse", against: hash))
        #expect(!PasswordHasher.verify("correct horsf", against: hash))
        #expect(!PasswordHasher.verify("", against: hash))
    }

    @Test func saltsDifferAndParametersAreStoredBesideTheHash() throws {
        let first = try PasswordHasher.fastForTests.hash("the same password")
        let second = try PasswordHasher.fastForTests.hash("the same password")
        #expect(first != second)
        let parts = first.split(separator: "$")
        #expect(parts[0] == "scrypt")
        #expect(parts[1] == "1024" && parts[2] == "8" && parts[3] == "1")
        #expect(!first.contains("the same password"))
    }

    @Test func owaspParametersAreTheDefault() throws {
        let hash = try PasswordHasher.owasp.hash("a long enough password")
        #expect(hash.hasPrefix("scrypt$131072$8$1$"))
        #expect(PasswordHasher.verify("a long enough password", against: hash))
    }

    @Test func raisedParametersStillVerifyOldHashes() throws {
        let old = try PasswordHasher(logRounds: 9, blockSize: 8, parallelism: 1).hash("old password")
        #expect(PasswordHasher.verify("old password", against: old))
    }

    @Test func shortPasswordsAreRefused() {
        #expect(throws: JournalError.invalid(.password, .tooShort(min: 8))) {
            try PasswordHasher.fastForTests.hash("short")
        }
    }

    @Test func malformedHashesNeverVerify() {
        #expect(!PasswordHasher.verify("anything", against: "scrypt$3$8$1$AAAA$AAAA"))
        #expect(!PasswordHasher.verify("anything", against: "plain"))
    }
}
