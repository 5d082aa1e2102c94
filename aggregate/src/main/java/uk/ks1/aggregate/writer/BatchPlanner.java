package uk.ks1.aggregate.writer;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.ks1.aggregate.writer.BatchPlan.NewSubmission;
import uk.ks1.aggregate.writer.BatchPlan.StatusChange;
import uk.ks1.aggregate.writer.StoreLookups.Current;
import uk.ks1.core.collection.CollectionRegistry;
import uk.ks1.core.collection.Item;
import uk.ks1.core.event.DeadLetter;
import uk.ks1.core.event.DeletionRequested;
import uk.ks1.core.event.EventIds;
import uk.ks1.core.event.FileFacts;
import uk.ks1.core.event.FileProcessed;
import uk.ks1.core.event.Inbound;
import uk.ks1.core.event.PupilRecord;
import uk.ks1.core.event.SchoolListEvent;
import uk.ks1.core.event.SubmissionReceived;
import uk.ks1.core.event.SubmissionStatus;
import uk.ks1.core.event.SubmissionValidated;
import uk.ks1.core.identity.PupilKeys;
import uk.ks1.core.json.Json;

/**
 * Decides what a batch of consumed records changes, reading the store only: the history rules of
 * docs/domain.md "Submissions and history" in one place.
 *
 * <ul>
 *   <li>A submission already in the store is a replay and changes nothing.
 *   <li>A school's latest successful submission (per collection and year) replaces its current one,
 *       which becomes overwritten; a pupil the school's data already held keeps the time it was
 *       first held (which school a moved pupil counts at depends on it).
 *   <li>A submission whose file has the same content (SHA-256) as the school's current submission's
 *       is a duplicate: recorded, but it replaces nothing and counts nothing twice. The same
 *       content as an older, overwritten file is a deliberate revert and replaces as usual.
 *   <li>An upload error from validate (an LA in strict mode) leaves the school's data as it was.
 *   <li>A deletion removes the school's current submission from every figure; any other is refused.
 *   <li>A file's announced submissions are "processing" until validate reports them.
 * </ul>
 */
final class BatchPlanner {
  private static final String PROCESSING = SubmissionStatus.PROCESSING.label();
  private static final String DUPLICATE = SubmissionStatus.DUPLICATE.label();

  private final StoreLookups lookups;
  private final PupilKeys keys;
  private final CollectionRegistry collections;

  BatchPlanner(StoreLookups lookups, PupilKeys keys, CollectionRegistry collections) {
    this.lookups = lookups;
    this.keys = keys;
    this.collections = collections;
  }

  /**
   * Plans a batch from what the ledger says the store holds (and, for replaced rows, the store).
   */
  BatchPlan plan(List<? extends Inbound> events, SubmissionLedger ledger) throws SQLException {
    Set<String> ids = new HashSet<>();
    Set<String> fileIds = new HashSet<>();
    Set<String> schools = new HashSet<>();
    for (Inbound e : events) {
      if (e instanceof SubmissionValidated v) {
        ids.add(v.submission().submissionId());
        schools.add(v.laestab());
      } else if (e instanceof DeletionRequested d) {
        ids.add(d.submissionId());
        schools.add(d.laestab());
      } else if (e instanceof FileProcessed f) {
        fileIds.add(f.file().fileId());
        ids.add(EventIds.uploadErrorId(f.file().fileId()));
        ids.addAll(f.submissionIds());
      }
    }
    Batch batch =
        new Batch(
            ledger.statuses(ids), ledger.knownFiles(fileIds), ledger.currentSubmissions(schools));
    batch.plan.currentLaestabs.addAll(schools);
    for (Inbound e : events) {
      if (e instanceof SubmissionValidated v) {
        batch.submission(v);
      } else if (e instanceof DeletionRequested d) {
        batch.deletion(d);
      } else if (e instanceof FileProcessed f) {
        batch.file(f);
      } else if (e instanceof SchoolListEvent school) {
        batch.plan.schoolList.add(school);
      } else if (e instanceof DeadLetter dead) {
        batch.plan.deadLetters.add(dead);
        String id = submissionIdIn(dead.value());
        if (id != null) {
          batch.plan.deadIds.add(id);
        }
      }
    }
    batch.plan.current.putAll(batch.current);
    return batch.plan;
  }

  /** One batch's planning state: what the store held at its start, and the plan so far. */
  private final class Batch {
    final BatchPlan plan = new BatchPlan();
    final Map<String, String> stored;
    final Set<String> knownFiles;
    final Map<String, Current> current;

    Batch(Map<String, String> stored, Set<String> knownFiles, Map<String, Current> current) {
      this.stored = stored;
      this.knownFiles = knownFiles;
      this.current = current;
    }

    void submission(SubmissionValidated v) throws SQLException {
      SubmissionReceived s = v.submission();
      String id = s.submissionId();
      plan.recordedIds.add(id);
      String storedStatus = stored.get(id);
      if ((storedStatus != null && !storedStatus.equals(PROCESSING))
          || plan.submissions.containsKey(id)) {
        return; // already in the store: a replay or a duplicate delivery
      }
      if (storedStatus != null) {
        plan.storedProcessingDone.add(id);
      }
      plan.processing.remove(id);
      NewSubmission next = new NewSubmission(v);
      plan.submissions.put(id, next);
      if (!v.status().isCurrent()) {
        return; // an upload error (strict mode): the school's current data stays as it was
      }
      String school = StoreLookups.schoolKey(s.laestab(), s.collection(), s.year());
      Current previous = current.get(school);
      if (previous != null && sameContent(previous, s.file())) {
        next.status = SubmissionStatus.DUPLICATE;
        next.duplicateOf = previous.submissionId();
        plan.filesToSettle.add(s.file().fileId());
        return;
      }
      Map<String, Instant> heldSince =
          previous == null ? Map.of() : replace(previous, id, v.validatedAt());
      next.rows = rows(next, heldSince);
      current.put(
          school, new Current(id, s.file().fileId(), s.file().sha256(), /* inBatch= */ true));
    }

    /** Marks the school's current submission overwritten; returns when it held each pupil. */
    private Map<String, Instant> replace(Current previous, String by, Instant at)
        throws SQLException {
      if (previous.inBatch()) {
        NewSubmission p = plan.submissions.get(previous.submissionId());
        p.status = SubmissionStatus.OVERWRITTEN;
        p.replacedBy = by;
        p.changedAt = at;
        return heldSinceOf(p.rows);
      }
      plan.storedChanges.put(
          previous.submissionId(), new StatusChange(SubmissionStatus.OVERWRITTEN, by, at));
      plan.storedLeavingCurrent.add(previous.submissionId());
      return lookups.heldSince(
          collections.of(plan.submissions.get(by).validated.submission().collection()),
          previous.submissionId());
    }

    void deletion(DeletionRequested d) {
      for (Map.Entry<String, Current> entry : current.entrySet()) {
        Current cur = entry.getValue();
        if (!cur.submissionId().equals(d.submissionId())) {
          continue;
        }
        if (cur.inBatch()) {
          NewSubmission n = plan.submissions.get(cur.submissionId());
          n.status = SubmissionStatus.DELETED;
          n.changedAt = d.requestedAt();
        } else {
          plan.storedChanges.put(
              cur.submissionId(),
              new StatusChange(SubmissionStatus.DELETED, null, d.requestedAt()));
          plan.storedLeavingCurrent.add(cur.submissionId());
        }
        current.remove(entry.getKey());
        plan.deletions.add(new CommitSummary.Deletion(d.submissionId(), true, null));
        return;
      }
      plan.deletions.add(new CommitSummary.Deletion(d.submissionId(), false, whyNot(d)));
    }

    private String whyNot(DeletionRequested d) {
      NewSubmission inBatch = plan.submissions.get(d.submissionId());
      StatusChange changed = plan.storedChanges.get(d.submissionId()); // earlier in this batch
      String status =
          inBatch != null
              ? inBatch.status.label()
              : changed != null ? changed.status().label() : stored.get(d.submissionId());
      return status == null
          ? "no submission " + d.submissionId() + " is in the store"
          : d.submissionId()
              + " is "
              + status
              + ": only a school's current submission can be deleted";
    }

    void file(FileProcessed f) {
      FileFacts facts = f.file();
      if (knownFiles.add(facts.fileId())) {
        plan.files.add(f);
        for (int i = 0; i < f.submissionIds().size(); i++) {
          String id = f.submissionIds().get(i);
          if (DUPLICATE.equals(stored.get(id))) {
            // its submissions came first: settle it now (a duplicate in this batch settles itself)
            plan.filesToSettle.add(facts.fileId());
          }
          if (!stored.containsKey(id) && !plan.submissions.containsKey(id)) {
            plan.processing.put(id, new BatchPlan.Processing(id, f.laestabs().get(i), facts));
          }
        }
      }
      plan.recordedFiles.add(
          new CommitSummary.RecordedFile(
              facts.fileId(),
              facts.laFolder(),
              facts.fileName(),
              f.accepted(),
              f.submissionIds(),
              f.placedAs(),
              f.reportColumns()));
    }
  }

  /** The same content: the file's SHA-256 (a file too large to hash has none, so never). */
  private static boolean sameContent(Current current, FileFacts file) {
    return file.sha256() != null
        && !file.sha256().isEmpty()
        && file.sha256().equals(current.sha256());
  }

  private List<PupilRow> rows(NewSubmission n, Map<String, Instant> heldSince) {
    SubmissionReceived s = n.validated.submission();
    List<Item> items = collections.of(s.collection()).items();
    List<PupilRow> rows = new ArrayList<>(s.pupils().size());
    for (PupilRecord p : s.pupils()) {
      // the key sealing set (the UPN itself may be retired); events from before sealing: from the
      // UPN
      String key = p.pupilKey() != null ? p.pupilKey() : keys.of(p.upn());
      Instant since = key == null ? null : heldSince.get(key);
      rows.add(
          PupilRow.of(
              items,
              p,
              key,
              n.issuesByRow.getOrDefault(p.row(), List.of()),
              since != null ? since : s.file().receivedAt()));
    }
    return rows;
  }

  private static Map<String, Instant> heldSinceOf(List<PupilRow> rows) {
    Map<String, Instant> held = new HashMap<>();
    for (PupilRow r : rows) {
      if (r.pupilKey() != null) {
        held.putIfAbsent(r.pupilKey(), r.heldSince());
      }
    }
    return held;
  }

  static String submissionIdIn(byte[] value) {
    try {
      JsonNode node = Json.mapper().readTree(value);
      JsonNode id = node.path("submissionId");
      if (id.isMissingNode()) {
        id = node.path("submission").path("submissionId");
      }
      return id.isTextual() ? id.asText() : null;
    } catch (Exception e) {
      return null;
    }
  }
}
