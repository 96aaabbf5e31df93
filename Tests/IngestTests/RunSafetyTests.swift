import Foundation
import GRDB
@testable import Ingest
import Pipeline
import TestSupport
import Writer
import XCTest
import Ledger

/// Issue 12, items 4–8: an ingest touches its own output folder only, follows links inside the
/// source only, refuses a mass removal, cleans its own temporary files only, reads regular files only.
final class RunSafetyTests: XCTestCase {
    /// Copies a folder holding a ledger. SQLite may still be removing the ledger's `-shm` file
    /// as the last run closes it, so a copy that meets a vanishing file is started again.
    private func copyFolder(_ from: URL, to: URL) throws {
        for attempt in 1...20 {
            do { return try FileManager.default.copyItem(at: from, to: to) } catch where attempt < 20 {
                try? FileManager.default.removeItem(at: to)
                usleep(100_000)
            }
        }
    }

    // MARK: 4. Paths relative to the output folder

    /// Ingest over a copy of an output folder (with its ledger) moves the copy's outputs aside,
    /// never the original's. Before, the ledger's absolute paths sent the original's outputs to
    /// the copy's `.removed/`.
    func testACopiedOutputFolderNeverTouchesTheOriginal() throws {
        let scratch = try Scratch("copy")
        let files = try smallestPDFs(in: "corpus/bulk", count: 2)
        try scratch.populate(files)
        let o = try options(scratch)
        XCTAssertEqual(try Ingester(options: o).run().converted, 2)
        let rows = try Ledger(path: o.ledgerPath).files()
        XCTAssertEqual(rows.compactMap(\.outputPath).sorted(),
                       files.map { $0.deletingPathExtension().lastPathComponent + ".json" }.sorted())
        let copy = scratch.url.appendingPathComponent("copy")
        try copyFolder(scratch.output, to: copy)
        try FileManager.default.removeItem(at: scratch.source.appendingPathComponent(files[0].lastPathComponent))
        var onCopy = IngestOptions(source: scratch.source, output: copy, workerExecutable: o.workerExecutable)
        onCopy.allowRemoval = true
        let summary = try Ingester(options: onCopy).run()
        XCTAssertEqual([summary.removed, summary.skipped], [1, 1])
        let name = files[0].deletingPathExtension().lastPathComponent + ".json"
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent(name).path),
                      "the original's output stays where it was")
        XCTAssertTrue(FileManager.default.fileExists(atPath: copy.appendingPathComponent(".removed/\(summary.runId)/\(name)").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.output.appendingPathComponent(".removed").path))
    }

    /// A ledger written before paths were relative (absolute paths, here those of another folder,
    /// as after a copy) is migrated to relative paths, and a path leaving the folder is ignored.
    func testOldAbsolutePathsAreMigrated() throws {
        let scratch = try Scratch("migrate-paths")
        let files = try smallestPDFs(in: "corpus/bulk", count: 2)
        try scratch.populate(files)
        let o = try options(scratch)
        _ = try Ingester(options: o).run()
        let names = files.map { $0.deletingPathExtension().lastPathComponent }
        var config = Configuration()
        config.busyMode = .timeout(10)
        try DatabaseQueue(path: o.ledgerPath, configuration: config).write { db in
            try db.execute(sql: "UPDATE files SET outputPath = ? || '/' || replace(path, '.pdf', '.json')", arguments: [o.output.path])
            try db.execute(sql: "UPDATE files SET outputPath = '/elsewhere/out/.removed/4/x.json', status = 'removed' WHERE path = ?",
                           arguments: [files[1].lastPathComponent])
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3-relativeOutputPaths'")
        }
        let rows = try Ledger(path: o.ledgerPath).files().sorted { $0.path < $1.path }
        let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0.path, $0.outputPath) })
        XCTAssertEqual(byName[files[0].lastPathComponent], names[0] + ".json")
        XCTAssertEqual(byName[files[1].lastPathComponent], ".removed/4/x.json")
        var row = rows[0]
        row.outputPath = "../../etc/passwd"
        XCTAssertNil(row.output(in: o.output))
        row.outputPath = "/etc/passwd"
        XCTAssertNil(row.output(in: o.output))
    }

    // MARK: 5. Symbolic links

    /// A link inside the source to another document of the source is converted under the link's
    /// name; a link to a PDF outside the source is refused by name and writes nothing (before, it
    /// was converted under its target's name, over that document's output).
    func testLinksAreFollowedInsideTheSourceOnlyAndNamedByTheirPath() throws {
        let scratch = try Scratch("links")
        let files = try smallestPDFs(in: "corpus/bulk", count: 3)
        try scratch.populate([files[0], files[1]])
        let fm = FileManager.default
        let outside = scratch.url.appendingPathComponent("elsewhere")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try fm.copyItem(at: files[2], to: outside.appendingPathComponent(files[2].lastPathComponent))
        try fm.createSymbolicLink(atPath: scratch.source.appendingPathComponent("inside-link.pdf").path,
                                  withDestinationPath: files[0].lastPathComponent)
        // Named like a document of the source: before, its output overwrote that document's.
        try fm.createSymbolicLink(atPath: scratch.source.appendingPathComponent("outside-link.pdf").path,
                                  withDestinationPath: outside.appendingPathComponent(files[2].lastPathComponent).path)
        let run = try DocstructBinary.run(["convert", scratch.source.path, "-o", scratch.output.path])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("converted 3, failed 1,"), run.stdout)
        XCTAssertTrue(run.stderr.contains("outside-link.pdf: symbolic link to \(outside.path)/\(files[2].lastPathComponent), outside the source folder; not followed [linkOutsideSource]"), run.stderr)
        let written = try fm.contentsOfDirectory(atPath: scratch.output.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(written, ([files[0], files[1]].map { $0.deletingPathExtension().lastPathComponent + ".json" }
                                 + ["inside-link.json"]).sorted())
        let linked = try JSONSerialization.jsonObject(with: Data(contentsOf: scratch.output.appendingPathComponent("inside-link.json"))) as? [String: Any]
        XCTAssertEqual((linked?["source"] as? [String: Any])?["sha256"] as? String, try SHA256.hex(ofFile: files[0].path))

        // Ingest names the link's output and row by the link's path too.
        let o = try options(scratch)
        let summary = try Ingester(options: o).run()
        XCTAssertEqual(summary.converted, 3)
        XCTAssertEqual(try Ledger(path: o.ledgerPath).files().map(\.path).sorted(),
                       ([files[0], files[1]].map(\.lastPathComponent) + ["inside-link.pdf"]).sorted())
    }

    /// A source folder that is itself a symbolic link is walked (before: nothing converted, exit 0).
    func testASourceFolderThatIsALinkIsWalked() throws {
        let scratch = try Scratch("linked-source")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 2))
        let link = scratch.url.appendingPathComponent("source-link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: scratch.source.path)
        let run = try DocstructBinary.run(["convert", link.path, "-o", scratch.output.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("converted 2, failed 0,"), run.stdout)
        var o = try options(scratch)
        o.source = link
        XCTAssertEqual(try Ingester(options: o).run().converted, 2)
    }

    // MARK: 6. Mass removal

    /// Ingest with the wrong source folder on an existing output (here a sub-folder, as a typo
    /// gives) refuses, and with another folder the ledger did not record refuses too; nothing is
    /// marked removed. Before: every other file marked removed, exit 0.
    func testAWrongSourceFolderRemovesNothing() throws {
        let scratch = try Scratch("mass-removal")
        let files = try smallestPDFs(in: "corpus/bulk", count: 5)
        try scratch.populate(Array(files.prefix(4)))
        let sub = scratch.source.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: files[4], to: sub.appendingPathComponent(files[4].lastPathComponent))
        var o = try options(scratch)
        XCTAssertEqual(try Ingester(options: o).run().converted, 5)

        // Three of five files deleted: refused without --allow-removal, then allowed.
        for f in files.prefix(3) { try FileManager.default.removeItem(at: scratch.source.appendingPathComponent(f.lastPathComponent)) }
        XCTAssertThrowsError(try Ingester(options: o).run()) { error in
            guard case .massRemoval(_, 3, 5) = error as? IngestError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try Ledger(path: o.ledgerPath).files().filter { $0.status == .removed }.count, 0)
        let cli = try DocstructBinary.run(["ingest", scratch.source.path, "-o", scratch.output.path])
        XCTAssertEqual(cli.status, 2)
        XCTAssertTrue(cli.stderr.contains("this run would mark 3 of the ledger's 5 file(s) removed"), cli.stderr)
        o.allowRemoval = true
        XCTAssertEqual(try Ingester(options: o).run().removed, 3)

        // A sub-folder given as the source: refused, as another folder than the ledger's.
        var typo = o
        typo.source = sub
        typo.allowRemoval = false
        XCTAssertThrowsError(try Ingester(options: typo).run()) { error in
            guard case .otherSource(_, let recorded, let given) = error as? IngestError else { return XCTFail("\(error)") }
            XCTAssertEqual([recorded, given], [scratch.source.path, sub.path])
        }
        XCTAssertEqual(try Ledger(path: o.ledgerPath).files().filter { $0.status == .removed }.count, 3)
    }

    /// The walk enters folders that are mount points (Foundation's enumerator skipped them, and
    /// ingest marked their files removed). /dev/shm is a tmpfs mount point on Linux.
    func testAMountPointInsideTheSourceIsWalked() throws {
        let shm = "/dev/shm"
        var own = stat(), parent = stat()
        guard stat(shm, &own) == 0, stat("/dev", &parent) == 0, own.st_dev != parent.st_dev else {
            return XCTFail("\(shm) is not a mount point on this machine; this test needs one")
        }
        let folder = "\(shm)/docstruct-mount-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pdf = try XCTUnwrap(try smallestPDFs(in: "corpus/bulk", count: 1).first)
        try FileManager.default.copyItem(atPath: pdf.path, toPath: folder + "/in-mount.pdf")
        // /dev holds the mount point /dev/shm: the walk reaches the file inside it.
        let walk = SourceWalk.scan(root: "/dev")
        XCTAssertTrue(walk.found.contains { $0.relative == "shm/" + (folder as NSString).lastPathComponent + "/in-mount.pdf" })
    }

    // MARK: 8. Only regular files

    /// A FIFO named `*.pdf` is named and never opened: convert and ingest end at once (before,
    /// ingest blocked for good hashing it).
    func testAFIFONamedPDFNeverHangs() throws {
        let scratch = try Scratch("fifo")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 1))
        XCTAssertEqual(mkfifo(scratch.source.appendingPathComponent("pipe.pdf").path, 0o644), 0)
        let started = Date()
        let run = try DocstructBinary.run(["convert", scratch.source.path, "-o", scratch.output.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("pipe.pdf: not a regular file (a FIFO, socket or device); not read [notRegularFile]"), run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("converted 1, failed 1,"), run.stdout)
        let given = try DocstructBinary.run(["convert", scratch.source.appendingPathComponent("pipe.pdf").path, "-o", scratch.output.path])
        XCTAssertTrue(given.stderr.contains("[notRegularFile]"), given.stderr)
        let ingest = try DocstructBinary.run(["ingest", scratch.source.path, "-o", scratch.url.appendingPathComponent("ingested").path])
        XCTAssertEqual(ingest.status, 0, ingest.stderr)
        XCTAssertTrue(ingest.stderr.contains("docstruct: not read [notRegularFile]: \(scratch.source.path)/pipe.pdf"), ingest.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
        XCTAssertThrowsError(try SHA256.hex(ofFile: scratch.source.appendingPathComponent("pipe.pdf").path))
    }

    // MARK: 7. Temporary files of shards

    /// Two shards write into one output folder. When one starts after a run of its own was killed,
    /// it removes its own leftover temporary files only: the other shard's file in progress stays
    /// (before, every `.*.json.*.tmp` below the folder was removed, and the other shard's rename
    /// then failed: 11 of 316 documents lost on slow storage).
    func testAShardCleansOnlyItsOwnTemporaryFiles() throws {
        let scratch = try Scratch("shards-tmp")
        try scratch.populate(try smallestPDFs(in: "corpus/bulk", count: 4))
        var first = try options(scratch)
        first.shard = Shard(index: 0, count: 2)
        first.ledgerPath = scratch.output.appendingPathComponent("ledger-0.sqlite").path
        var second = first
        second.shard = Shard(index: 1, count: 2)
        second.ledgerPath = scratch.output.appendingPathComponent("ledger-1.sqlite").path
        _ = try Ingester(options: first).run()
        // The first shard's last run was killed (no end recorded) and left a temporary file;
        // the second shard is writing one right now.
        try sqlExecute(first.ledgerPath, "UPDATE runs SET endedAt = NULL")
        let firstTag = Ingester(options: first).temporaryTag, secondTag = Ingester(options: second).temporaryTag
        XCTAssertNotEqual(firstTag, secondTag)
        let leftover = scratch.output.appendingPathComponent(DocumentWriter.temporaryPrefix(for: "a.json", tag: firstTag, pid: 41) + "x.tmp")
        let inProgress = scratch.output.appendingPathComponent(DocumentWriter.temporaryPrefix(for: "b.json", tag: secondTag, pid: 42) + "y.tmp")
        try Data("{".utf8).write(to: leftover)
        try Data("{".utf8).write(to: inProgress)
        _ = try Ingester(options: first).run()
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover.path), "the shard's own leftover is removed")
        XCTAssertTrue(FileManager.default.fileExists(atPath: inProgress.path), "the other shard's file in progress stays")
        XCTAssertTrue(inProgress.lastPathComponent.hasPrefix(".b.json.ingest-"), inProgress.lastPathComponent)
    }

    private func sqlExecute(_ ledger: String, _ statement: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(10)
        try DatabaseQueue(path: ledger, configuration: config).write { try $0.execute(sql: statement) }
    }
}
