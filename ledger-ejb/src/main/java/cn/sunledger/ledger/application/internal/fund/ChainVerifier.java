package cn.sunledger.ledger.application.internal.fund;

import cn.sunledger.ledger.application.fund.ChainCheck;
import cn.sunledger.ledger.domain.model.fund.JournalEntry;
import cn.sunledger.ledger.infrastructure.persistence.jdbc.TransactionJdbc;
import cn.sunledger.ledger.infrastructure.transparency.TransparencyLogWriter;
import cn.sunledger.tlog.Checkpoint;
import cn.sunledger.tlog.JdbcMerkleNodes;
import cn.sunledger.tlog.MerkleFrontier;
import cn.sunledger.tlog.MerkleHash;
import cn.sunledger.tlog.MerkleVerifier;
import cn.sunledger.tlog.StoredMerkleTree;
import cn.sunledger.tlog.VerificationException;
import cn.sunledger.tlog.VerifierKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a region's journal against itself and against its transparency log, in one pass over each:
 *
 * <ol>
 * <li>every entry's seal and its link to the entry before (the hash chain);</li>
 * <li>the latest signed checkpoint of the region's log, its signature verified with the log's key;</li>
 * <li>the log's leaves up to that checkpoint's size, read in order in chunks: each journal leaf must be the leaf the
 * entry it names implies ({@link JournalPoster#leafOf}), every entry must have one, and the leaves folded into
 * one RFC 6962 root ({@link MerkleFrontier}, O(n) hashes in all) must give the signed root;</li>
 * <li>only when they do not: each entry's inclusion proof from the stored nodes (O(log n) each) is verified
 * against the signed root with the leaf hash its own content implies, so the entry whose content is not what
 * was signed is named even when its leaf was rewritten to match it;</li>
 * <li>the copies each line keeps for the reports (its entry's date and ledger, its document's year; V27) against the entry and
 * the document.</li>
 * </ol>
 */
@ApplicationScoped
public class ChainVerifier {

    private static final int CHUNK = 10_000;

    @Inject
    JournalStore journal;

    @Inject
    TransactionJdbc jdbc;

    public ChainCheck verify(String region) {
        List<JournalEntry> chain = journal.chain(region);
        String prev = null;
        int checked = 0;
        for (JournalEntry e : chain) {
            if (!Objects.equals(prev, e.prevHash())) {
                return new ChainCheck(region, checked, e.entryNo(), ChainCheck.LINK);
            }
            if (!e.sealIntact()) {
                return new ChainCheck(region, checked, e.entryNo(), ChainCheck.SEAL);
            }
            prev = e.hash();
            checked++;
        }
        int entries = checked;
        ChainCheck logged = jdbc.work(c -> againstLog(c, region, chain, entries));
        if (!logged.intact()) {
            return logged;
        }
        // the report columns are copies outside the hash: they must still say what the entry and document say
        return journal.firstEntryWithWrongLineCopy(region)
                .map(entryNo -> new ChainCheck(region, entries, entryNo, ChainCheck.LINE_COPY, logged.checkpointSize(),
                        logged.checkpointRoot(), null, "a line's copy of its entry's date or ledger, or of its"
                                + " document's year, differs from the entry or the document"))
                .orElse(logged);
    }

    private record SignedHead(long size, String note, String vkey) {
    }

    private ChainCheck againstLog(Connection c, String region, List<JournalEntry> chain, int checked)
            throws SQLException {
        SignedHead head = latestCheckpoint(c, region);
        if (head == null) {
            return chain.isEmpty() ? new ChainCheck(region, checked, null, null)
                    : new ChainCheck(region, checked, chain.get(0).entryNo(), ChainCheck.CHECKPOINT, null, null, null,
                            "the region's log has no signed checkpoint");
        }
        Checkpoint signed;
        try {
            signed = Checkpoint.open(head.note(), VerifierKey.parse(head.vkey()));
        } catch (VerificationException | IllegalArgumentException e) {
            return new ChainCheck(region, checked, null, ChainCheck.CHECKPOINT, head.size(), null, null,
                    "the latest checkpoint's signature does not verify with the log's key: " + e.getMessage());
        }
        if (!signed.origin().equals(TransparencyLogWriter.origin(region))) {
            return new ChainCheck(region, checked, null, ChainCheck.CHECKPOINT, head.size(), null, null,
                    "the latest checkpoint is signed for another log: " + signed.origin());
        }
        long size = signed.size();
        String root = HexFormat.of().formatHex(signed.rootHash());
        Map<String, JournalEntry> byNumber = new HashMap<>();
        chain.forEach(e -> byNumber.put(e.entryNo(), e));
        Map<String, Long> leafIndex = new HashMap<>();
        Map<String, Long> differing = new HashMap<>();
        String orphan = null;
        Long badNoticeLeaf = null;
        Long orphanIndex = null;
        MerkleFrontier frontier = MerkleFrontier.empty();
        for (long from = 0; from < size; from += CHUNK) {
            try (PreparedStatement s = c.prepareStatement("SELECT idx, entry_no, leaf, leaf_hash FROM log_entry"
                    + " WHERE log_region = ? AND idx >= ? AND idx < ? ORDER BY idx")) {
                s.setString(1, region);
                s.setLong(2, from);
                s.setLong(3, Math.min(size, from + CHUNK));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long idx = rs.getLong(1);
                        if (idx != frontier.size()) {
                            return new ChainCheck(region, checked, null, ChainCheck.CHECKPOINT, size, root,
                                    frontier.size(), "the log has no leaf at index " + frontier.size());
                        }
                        String entryNo = rs.getString(2);
                        byte[] leaf = rs.getBytes(3);
                        // the stored hash is what the portal's proofs are built from: it must be the leaf's
                        boolean hashHolds = MessageDigest.isEqual(rs.getBytes(4), MerkleHash.leafHash(leaf));
                        if (!hashHolds && entryNo == null && badNoticeLeaf == null) {
                            badNoticeLeaf = idx;
                        }
                        if (entryNo != null) {
                            JournalEntry entry = byNumber.get(entryNo);
                            if (entry == null) {
                                if (orphan == null) {
                                    orphan = entryNo;
                                    orphanIndex = idx;
                                }
                            } else {
                                leafIndex.put(entryNo, idx);
                                if (!hashHolds || !Arrays.equals(leaf, JournalPoster.leafOf(entry).toBytes())) {
                                    differing.put(entryNo, idx);
                                }
                            }
                        }
                        frontier = frontier.append(MerkleHash.leafHash(leaf)).after();
                    }
                }
            }
        }
        if (frontier.size() != size) {
            return new ChainCheck(region, checked, null, ChainCheck.CHECKPOINT, size, root, frontier.size(),
                    "the log has " + frontier.size() + " leaves, its checkpoint signs " + size);
        }
        for (JournalEntry e : chain) {
            if (differing.containsKey(e.entryNo())) {
                return new ChainCheck(region, checked, e.entryNo(), ChainCheck.LEAF_DIFFERENT, size, root,
                        differing.get(e.entryNo()), "the log's leaf is not the one the entry implies");
            }
            if (!leafIndex.containsKey(e.entryNo())) {
                return new ChainCheck(region, checked, e.entryNo(), ChainCheck.LEAF_MISSING, size, root, null,
                        "no leaf of the entry within the signed checkpoint of size " + size);
            }
        }
        if (orphan != null) {
            return new ChainCheck(region, checked, orphan, ChainCheck.ENTRY_MISSING, size, root, orphanIndex,
                    "the log has a leaf for an entry the journal does not have");
        }
        if (badNoticeLeaf != null) {
            return new ChainCheck(region, checked, null, ChainCheck.CHECKPOINT, size, root, badNoticeLeaf,
                    "a notice leaf's stored hash is not the hash of the leaf");
        }
        if (!MessageDigest.isEqual(frontier.root(), signed.rootHash())) {
            return firstUnproven(c, region, chain, leafIndex, signed, checked, root);
        }
        return new ChainCheck(region, checked, null, null, size, root, null, null);
    }

    /** The first entry whose own leaf does not prove into the signed root; none when a notice leaf differs. */
    private static ChainCheck firstUnproven(Connection c, String region, List<JournalEntry> chain,
            Map<String, Long> leafIndex, Checkpoint signed, int checked, String root) {
        StoredMerkleTree tree = new StoredMerkleTree(JdbcMerkleNodes.within(c, region), signed.size());
        for (JournalEntry e : chain) {
            long idx = leafIndex.get(e.entryNo());
            try {
                MerkleVerifier.verifyInclusion(idx, signed.size(), MerkleHash.leafHash(JournalPoster.leafOf(e).toBytes()),
                        tree.inclusionProof(idx, signed.size()), signed.rootHash());
            } catch (VerificationException | IllegalStateException ex) {
                return new ChainCheck(region, checked, e.entryNo(), ChainCheck.CHECKPOINT, signed.size(), root, idx,
                        "the entry's leaf does not prove into the signed root");
            }
        }
        return new ChainCheck(region, checked, null, ChainCheck.CHECKPOINT, signed.size(), root, null,
                "the log's leaves do not give the signed root, though every entry's leaf proves into it");
    }

    private static SignedHead latestCheckpoint(Connection c, String region) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT cp.tree_size, cp.signed_note, k.vkey FROM log_checkpoint cp"
                + " JOIN log_key k ON k.log_region = cp.log_region WHERE cp.log_region = ?"
                + " ORDER BY cp.tree_size DESC LIMIT 1")) {
            s.setString(1, region);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new SignedHead(rs.getLong(1), rs.getString(2), rs.getString(3)) : null;
            }
        }
    }
}
