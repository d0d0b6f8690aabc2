package se.samverkan.planner.solve;

import java.util.Objects;
import se.samverkan.planner.CasualtyGroup;

/** Something that happened after a plan was made and makes a re-plan necessary. */
public sealed interface PlanEvent {

    /** The hospital takes no more patients; patients already on their way there still arrive. */
    record HospitalCloses(String hospitalId) implements PlanEvent {
        public HospitalCloses {
            Objects.requireNonNull(hospitalId, "hospitalId");
        }
    }

    /** The unit takes no new trips; a trip it has under way is completed as planned. */
    record UnitBreaksDown(String unitId) implements PlanEvent {
        public UnitBreaksDown {
            Objects.requireNonNull(unitId, "unitId");
        }
    }

    /** More patients: a new group (its id must be new). */
    record CasualtiesArrive(CasualtyGroup group) implements PlanEvent {
        public CasualtiesArrive {
            Objects.requireNonNull(group, "group");
        }
    }
}
