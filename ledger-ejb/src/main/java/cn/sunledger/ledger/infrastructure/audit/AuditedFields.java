package cn.sunledger.ledger.infrastructure.audit;

import cn.sunledger.ledger.domain.model.shared.PersonalDataMasker;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.envers.NotAudited;

/**
 * Reads an audited entity snapshot into field name → display text, through the JPA metamodel so every
 * audited entity is covered without per-type code. Personal data is masked here, since audit views are
 * shown to people too.
 */
public final class AuditedFields {

    private AuditedFields() {
    }

    public static Map<String, String> read(EntityManager em, Object snapshot) {
        Map<String, String> values = new TreeMap<>();
        for (Attribute<?, ?> attribute : em.getMetamodel().entity(snapshot.getClass()).getAttributes()) {
            if (!(attribute.getJavaMember() instanceof Field field) || field.isAnnotationPresent(NotAudited.class)
                    || field.isAnnotationPresent(Version.class)) {
                continue;
            }
            try {
                field.setAccessible(true);
                Object value = field.get(snapshot);
                values.put(field.getName(), display(value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
        }
        return values;
    }

    /** Every value is masked as text, so an ID or phone number is hidden whatever field holds it. */
    private static String display(Object value) {
        if (value == null) {
            return null;
        }
        return PersonalDataMasker.maskText(value instanceof Enum<?> e ? e.name() : value.toString());
    }
}
