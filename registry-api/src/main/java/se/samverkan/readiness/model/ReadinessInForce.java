package se.samverkan.readiness.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The readiness level in force for the nation (scope {@code SE}) or one region (its county code). */
@Entity
@Table(name = "readiness_in_force")
public class ReadinessInForce {

    public static final String NATIONAL = "SE";

    @Id
    private String scope;

    @Enumerated(EnumType.STRING)
    private ReadinessLevel level;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    private String reason;

    /** Raised by every change; writers lock the row and compare it with the version the caller read. */
    private long version;

    protected ReadinessInForce() {
    }

    public void change(ReadinessLevel to, String by, String why, Instant at) {
        this.version++;
        this.level = to;
        this.changedBy = by;
        this.reason = why;
        this.changedAt = at;
    }

    public String scope() {
        return scope;
    }

    public boolean national() {
        return NATIONAL.equals(scope);
    }

    public ReadinessLevel level() {
        return level;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public String reason() {
        return reason;
    }

    public long version() {
        return version;
    }
}
