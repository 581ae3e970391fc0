package org.consortia.history;

import jakarta.persistence.Entity;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Instant;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.identity.Account;
import org.consortia.identity.Organisation;
import org.consortia.membership.Membership;
import org.consortia.membership.Representative;
import org.hibernate.proxy.HibernateProxy;
import org.consortia.text.UkDates;

/**
 * Compares two snapshots of a record field by field and describes each difference in words. Ids,
 * versions, tenants and secrets are never shown.
 */
public final class FieldDiff {

    private static final Set<String> HIDDEN = Set.of("id", "version", "partnershipId", "passwordHash");
    private static final Map<String, String> LABELS = Map.of(
            "slug", "Workspace address",
            "headOfService", "Head of Service",
            "corporatePlanContribution", "Contribution to the Corporate Plan",
            "communityStrategyContribution", "Contribution to the Sustainable Community Strategy",
            "localAreaAgreementContribution", "Contribution to the Local Area Agreement",
            "councilRoles", "Council-wide roles",
            "inherentScore", "Score before controls",
            "residualScore", "Score after controls");

    private FieldDiff() {
    }

    /** The differences from {@code before} (null for a new record) to {@code after}. */
    public static List<FieldChange> between(Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : fieldsOf(after.getClass())) {
            Object oldValue = before == null ? null : read(field, before);
            Object newValue = read(field, after);
            if (before != null && sameRecord(oldValue, newValue)) {
                continue;
            }
            String old = before == null ? null : describe(oldValue);
            String now = describe(newValue);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(labelOf(field.getName()), old, now));
            }
        }
        return changes;
    }

    /**
     * Whether two references point at the same record, decided by id without loading either: a
     * history of many revisions would otherwise load the referenced record once per revision.
     */
    static boolean sameRecord(Object old, Object now) {
        Object oldId = idOf(old);
        return oldId != null && oldId.equals(idOf(now));
    }

    private static Object idOf(Object value) {
        if (value instanceof HibernateProxy proxy) {
            // Not getIdentifier(): on an Envers proxy that loads the record as of its revision.
            return proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        if (value == null || !value.getClass().isAnnotationPresent(Entity.class)) {
            return null;
        }
        try {
            return value.getClass().getMethod("getId").invoke(value);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** "proposedEndDate" reads as "Proposed end date". */
    static String labelOf(String fieldName) {
        if (LABELS.containsKey(fieldName)) {
            return LABELS.get(fieldName);
        }
        String spaced = fieldName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static String describe(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? null
                    : collection.stream().map(FieldDiff::describe).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? null : map.entrySet().stream()
                    .map(entry -> describe(entry.getKey()) + ": " + describe(entry.getValue()))
                    .sorted()
                    .collect(Collectors.joining("; "));
        }
        if (value instanceof Boolean flag) {
            return flag ? "Yes" : "No";
        }
        if (value instanceof LocalDate date) {
            return UkDates.DAY.format(date);
        }
        if (value instanceof Enum<?> constant) {
            return labelOfConstant(constant);
        }
        if (value instanceof Account account) {
            return account.getName();
        }
        if (value instanceof Organisation organisation) {
            return organisation.getName();
        }
        if (value instanceof Membership membership) {
            return membership.getOrganisation().getName();
        }
        if (value instanceof Representative representative) {
            return representative.getAccount().getName();
        }
        if (value instanceof HibernateProxy proxy && proxy.getHibernateLazyInitializer().isUninitialized()) {
            // A record referred to but not loaded: loading it once per revision only to name it costs too much.
            return "#" + proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        if (value instanceof Instant moment) {
            // Stored as an instant, entered and read in UK time.
            return UkDates.DAY_AND_TIME.format(moment);
        }
        return value.toString();
    }

    /** The constant's own words: its label(), or title() for headings, else its name. */
    private static String labelOfConstant(Enum<?> constant) {
        for (String accessor : new String[] {"label", "title"}) {
            try {
                Method words = constant.getDeclaringClass().getMethod(accessor);
                return (String) words.invoke(constant);
            } catch (NoSuchMethodException tryNext) {
                // Not this enumeration's accessor.
            } catch (ReflectiveOperationException e) {
                return constant.name();
            }
        }
        return constant.name();
    }

    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !HIDDEN.contains(field.getName())
                        && !field.getName().startsWith("$$_hibernate")) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
