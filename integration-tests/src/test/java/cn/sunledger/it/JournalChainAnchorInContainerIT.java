package cn.sunledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.sunledger.it.support.LedgerTestArchive;
import cn.sunledger.ledger.application.fund.ChainCheck;
import cn.sunledger.ledger.application.fund.FundDocumentForm;
import cn.sunledger.ledger.application.fund.FundLedger;
import cn.sunledger.ledger.application.fund.FundLevel;
import cn.sunledger.ledger.application.fund.Posting;
import cn.sunledger.ledger.domain.model.project.FundSource;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.Money;
import cn.sunledger.ledger.domain.model.user.Role;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chain check held against the county's transparency log: someone with database access (the schema owner, who
 * can drop the guard triggers) rewrites a posted entry's leaf, or the latest signed checkpoint, and the check names
 * the entry and says why; put back, the journal verifies again. Uses 宾川's ledger, which the other fund tests
 * leave alone.
 */
@ExtendWith(ArquillianExtension.class)
class JournalChainAnchorInContainerIT {

    static final String BINCHUAN = "532924000000";
    static final Caller FINANCE = new Caller("binchuan.finance", "宾川县财政局", Role.COUNTY_FINANCE,
            RegionCode.of(BINCHUAN));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment
    static WebArchive deployment() {
        return LedgerTestArchive.create("journal-chain-anchor-it", JournalChainAnchorInContainerIT.class);
    }

    @Inject
    FundLedger ledger;

    @Resource(lookup = "java:jboss/datasources/LedgerOwnerDS")
    DataSource owner;

    private Posting document(String amount) {
        return ledger.registerDocument(FINANCE, new FundDocumentForm("宾财链〔" + TODAY.getYear() + "〕"
                + System.nanoTime() % 1_000_000 + "号", FundSource.COUNTY_LINKAGE, FundLevel.COUNTY, BINCHUAN,
                TODAY.getYear(), TODAY.minusDays(2), Money.parse(amount), "链校验测试"), null);
    }

    @Test
    void anIntactJournalVerifiesAgainstTheSignedCheckpoint() {
        document("100.00");
        ChainCheck check = ledger.verifyChain(FINANCE, BINCHUAN);
        assertTrue(check.intact(), check.toString());
        assertNotNull(check.checkpointSize(), "checked against a signed checkpoint");
        assertTrue(check.checkpointSize() >= check.checked(), check.toString());
        assertEquals(64, check.checkpointRoot().length());
    }

    @Test
    void aRewrittenLeafIsFoundAndTheEntryNamed() throws SQLException {
        Posting target = document("200.00");
        document("300.00");
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            byte[] leaf = leafOf(c, target.entryNo());
            String forged = new String(leaf, java.nio.charset.StandardCharsets.UTF_8).replace("\"kind\":\"DOCUMENT\"",
                    "\"kind\":\"ALLOCATION\"");
            s.execute("DROP TRIGGER log_entry_no_update");
            try {
                // the leaf and its stored hash rewritten together, as a careful forger would
                setLeaf(c, target.entryNo(), forged.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                ChainCheck broken = ledger.verifyChain(FINANCE, BINCHUAN);
                assertEquals(target.entryNo(), broken.firstBadEntry(), broken.toString());
                assertEquals(ChainCheck.LEAF_DIFFERENT, broken.problem());
                assertNotNull(broken.badLogIndex());
            } finally {
                setLeaf(c, target.entryNo(), leaf);
                s.execute("CREATE TRIGGER log_entry_no_update BEFORE UPDATE ON log_entry FOR EACH ROW"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the transparency log is append-only'");
            }
        }
        assertTrue(ledger.verifyChain(FINANCE, BINCHUAN).intact());
    }

    @Test
    void aCheckpointWhoseSignatureNoLongerVerifiesIsReported() throws SQLException {
        document("400.00");
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            long size;
            String note;
            try (ResultSet rs = s.executeQuery("SELECT tree_size, signed_note FROM log_checkpoint WHERE log_region = '"
                    + BINCHUAN + "' ORDER BY tree_size DESC LIMIT 1")) {
                assertTrue(rs.next());
                size = rs.getLong(1);
                note = rs.getString(2);
            }
            // the same text with one character of the root changed: the old signature no longer covers it
            String[] lines = note.split("\n", -1);
            char first = lines[2].charAt(0);
            lines[2] = (first == 'A' ? 'B' : 'A') + lines[2].substring(1);
            s.execute("DROP TRIGGER log_checkpoint_no_update");
            try {
                setNote(c, size, String.join("\n", lines));
                ChainCheck broken = ledger.verifyChain(FINANCE, BINCHUAN);
                assertEquals(ChainCheck.CHECKPOINT, broken.problem(), broken.toString());
                assertTrue(broken.detail().contains("signature"), broken.detail());
            } finally {
                setNote(c, size, note);
                s.execute("CREATE TRIGGER log_checkpoint_no_update BEFORE UPDATE ON log_checkpoint FOR EACH ROW"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'checkpoints are immutable'");
            }
        }
        ChainCheck again = ledger.verifyChain(FINANCE, BINCHUAN);
        assertTrue(again.intact(), again.toString());
        assertNull(again.firstBadEntry());
    }

    private static byte[] leafOf(Connection c, String entryNo) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT leaf FROM log_entry WHERE entry_no = ?")) {
            s.setString(1, entryNo);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the entry has a leaf");
                return rs.getBytes(1);
            }
        }
    }

    private static void setLeaf(Connection c, String entryNo, byte[] leaf) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE log_entry SET leaf = ?, leaf_hash = ? WHERE entry_no = ?")) {
            s.setBytes(1, leaf);
            s.setBytes(2, cn.sunledger.tlog.MerkleHash.leafHash(leaf));
            s.setString(3, entryNo);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static void setNote(Connection c, long size, String note) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE log_checkpoint SET signed_note = ? WHERE log_region = ? AND tree_size = ?")) {
            s.setString(1, note);
            s.setString(2, BINCHUAN);
            s.setLong(3, size);
            assertEquals(1, s.executeUpdate());
        }
    }
}
