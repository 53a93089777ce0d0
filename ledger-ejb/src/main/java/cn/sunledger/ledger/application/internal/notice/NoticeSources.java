package cn.sunledger.ledger.application.internal.notice;

import cn.sunledger.ledger.application.notice.spi.NoticeSource;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;

/** Every NoticeSource bean of the deployment, by type code. */
@ApplicationScoped
public class NoticeSources {

    @Inject
    @Any
    Instance<NoticeSource> beans;

    private final Map<String, NoticeSource> byType = new TreeMap<>();

    @PostConstruct
    void collect() {
        for (NoticeSource source : beans) {
            NoticeSource clash = byType.put(source.type(), source);
            if (clash != null) {
                throw new IllegalStateException("two notice sources for " + source.type());
            }
        }
    }

    public NoticeSource of(String type) {
        NoticeSource source = type == null ? null : byType.get(type);
        if (source == null) {
            throw LedgerException.invalid("notice.unknownType", String.valueOf(type), String.join(", ", byType.keySet()));
        }
        return source;
    }

    public Iterable<NoticeSource> all() {
        return byType.values();
    }
}
