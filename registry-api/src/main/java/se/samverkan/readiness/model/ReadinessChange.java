package se.samverkan.readiness.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change of readiness level: from, to, who, when and why. Never changed afterwards. */
@Entity
@Table(name = "readiness_change")
public class ReadinessChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String scope;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    private ReadinessLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    private ReadinessLevel toLevel;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    private String reason;

    protected ReadinessChange() {
    }

    public ReadinessChange(String scope, ReadinessLevel from, ReadinessLevel to, String by, String why, Instant at) {
        this.scope = scope;
        this.fromLevel = from;
        this.toLevel = to;
        this.changedBy = by;
        this.reason = why;
        this.changedAt = at;
    }

    public String scope() {
        return scope;
    }

    public ReadinessLevel fromLevel() {
        return fromLevel;
    }

    public ReadinessLevel toLevel() {
        return toLevel;
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
}
