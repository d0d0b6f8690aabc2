package se.samverkan.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;
import se.samverkan.readiness.ReadinessService;

/**
 * Who may see sensitive records (military units and anything marked sensitive) in full: the defence
 * liaison always, the national coordination cell when heightened readiness or war is in force. Everyone
 * else sees such records only inside counts, and a request for one by id is answered as if it did not exist.
 */
@ApplicationScoped
public class Visibility {

    @Inject
    ReadinessService readiness;

    public boolean cleared(Caller caller) {
        if (caller.hasRole(Roles.DEFENCE_LIAISON)) {
            return true;
        }
        return caller.hasRole(Roles.NATIONAL_COORDINATOR) && readiness.national().heightenedOrWar();
    }

    /**
     * Whether the caller may change a record of this region: region editors their own region, the national
     * cell every region, and the defence liaison sensitive records (military units) wherever they are based.
     */
    public boolean mayEdit(Caller caller, String region, boolean sensitive) {
        return caller.mayEditRegion(region) || (sensitive && caller.hasRole(Roles.DEFENCE_LIAISON));
    }

    /** Marking a record sensitive hides it from its own region too, so only cleared roles may do it. */
    public boolean mayMarkSensitive(Caller caller) {
        return caller.hasRole(Roles.DEFENCE_LIAISON) || caller.hasRole(Roles.NATIONAL_COORDINATOR);
    }
}
