package cn.sunledger.ledger.infrastructure.audit;

import cn.sunledger.ledger.domain.model.shared.PersonalData;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.envers.NotAudited;

/**
 * Reads an audited entity snapshot into field name → display text, through the JPA metamodel so every
 * audited entity is covered without per-type code. Personal data is masked here, since audit views are
 * shown to people too.
 */
public final class AuditedFields {

    private static final Set<String> PHONE_FIELDS = Set.of("phone", "mobile");
    private static final Set<String> ID_NUMBER_FIELDS = Set.of("idNumber");

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
                values.put(field.getName(), display(field.getName(), value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
        }
        return values;
    }

    private static String display(String field, Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        if (PHONE_FIELDS.contains(field)) {
            return PersonalData.maskPhone(text);
        }
        if (ID_NUMBER_FIELDS.contains(field)) {
            return PersonalData.maskIdNumber(text);
        }
        return text;
    }
}
