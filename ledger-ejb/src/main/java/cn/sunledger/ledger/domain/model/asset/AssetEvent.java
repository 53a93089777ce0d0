package cn.sunledger.ledger.domain.model.asset;

import cn.sunledger.ledger.domain.model.user.Role;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One step of an asset's history, never changed once recorded: its kind, business date, who took it (user, name
 * and role), the document it rests on (a decision, a 移交书, a contract) and its particulars as text.
 */
public record AssetEvent(int seq, AssetEventKind kind, LocalDate on, String actor, String actorName, Role role,
        String documentRef, Map<String, String> details, LocalDateTime recordedAt) {

    public AssetEvent {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(on);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(role);
        details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
