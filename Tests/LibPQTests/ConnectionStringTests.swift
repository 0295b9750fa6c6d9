import LibPQ
import Testing
import TestSupport

/// Connection strings are read before connecting, so that a malformed one never echoes its
/// password and a password can be added from a secret store.
struct ConnectionStringTests {
    @Test(arguments: [
        "postgresql://u:s3cret%zz@127.0.0.1:1/x",            // stray % in the password
        "postgresql://u:s3c@ret%zz@127.0.0.1:1/x",           // unencoded @, then a bad token
        "postgresql://u:s3c@ret@127.0.0.1:1/x",              // unencoded @: libpq's host is "ret@127.0.0.1"
        "postgresql://u:s3c/ret@127.0.0.1:1/x",              // unencoded /: libpq's port is "s3c"
        "postgresql://u@127.0.0.1:1/x?password=s3cret%zz",   // a bad query value
        "user=u password='s3cret",                           // unterminated quote
    ])
    func malformedStringsAreRefusedWithoutThePassword(conninfo: String) throws {
        let error = #expect(throws: PostgresError.self) { try Connection(conninfo) }
        #expect(error?.message.hasPrefix("invalid connection string") == true, "\(error?.message ?? "")")
        // A setup mistake, not an outage: callers must not retry it.
        #expect(error?.sqlState == ConnectionString.malformedState)
        for piece in ["s3cret", "s3c", "ret@", "ret%"] {
            #expect(error?.description.contains(piece) == false, "\(error?.description ?? "")")
        }
    }

    @Test func readsWhatLibpqReads() throws {
        let uri = try ConnectionString("postgresql://alice:p%40ss%2Fw@db.example:6432/news?sslmode=require")
        #expect(uri.password == "p@ss/w")
        #expect(uri["user"] == "alice")
        #expect(uri["port"] == "6432")
        #expect(uri["sslmode"] == "require")
        #expect(try ConnectionString("host=db user=bob").password == nil)
        #expect(try ConnectionString("").options.isEmpty)
    }

    @Test func settingAPasswordKeepsEverythingElse() throws {
        let plain = try ConnectionString("postgresql://alice@db.example:6432/news?application_name=x")
        let withPassword = try ConnectionString(plain.settingPassword("it's a \\ secret"))
        #expect(withPassword.password == "it's a \\ secret")
        #expect(withPassword.options.filter { $0.keyword != "password" } == plain.options)
    }

    @Test func redactionCoversEverySpelling() {
        let conninfo = "postgresql://u:p%40ss@h/db"
        #expect(ConnectionString.redact("p%40ss and p@ss", secretsOf: conninfo) == "*** and ***")
        #expect(ConnectionString.redact("nothing \"quoted\"", secretsOf: "postgresql://u@h/db") == "nothing \"quoted\"")
        #expect(ConnectionString.redact("token \"quoted\"", secretsOf: conninfo) == "token \"***\"")
    }
}

@Suite(.needsDatabase)
struct ConnectionStringDatabaseTests {
    @Test func aRewrittenStringReachesTheSameDatabase() throws {
        let db = try TestDatabase(migrated: false)
        let rewritten = try ConnectionString(db.url).settingPassword("unused: the test server trusts this role")
        let row = try Connection(rewritten).execute("SELECT current_database() AS name").rows.first
        #expect(row?["name"] == db.name)
    }
}
