package se.samverkan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverkan.planner.PlanningProblem;

class MassCasualtyScenariosTest {

    @Test
    void theSameSpecificationGivesTheSameProblem() {
        PlanningProblem a = MassCasualtyScenarios.generate(MassCasualtyScenarios.small());
        PlanningProblem b = MassCasualtyScenarios.generate(MassCasualtyScenarios.small());
        assertThat(a).isEqualTo(b);
    }

    @Test
    void scenariosHaveTheSizesOfTheIssue() {
        PlanningProblem small = MassCasualtyScenarios.generate(MassCasualtyScenarios.small());
        assertThat(small.patientCount()).isEqualTo(150);
        assertThat(small.hospitals()).hasSize(10);
        assertThat(small.units()).hasSize(50);
        // Units belong to their base hospital's region: Jämtland has some of its own, the neighbours the others.
        assertThat(small.units()).allSatisfy(u -> assertThat(small.hospitals()).anyMatch(h -> h.region().equals(u.homeRegion())));
        assertThat(small.units()).anyMatch(u -> u.belongsTo("23")).anyMatch(u -> !u.belongsTo("23"));
        PlanningProblem large = MassCasualtyScenarios.generate(MassCasualtyScenarios.large());
        assertThat(large.patientCount()).isEqualTo(10_000);
        assertThat(large.groups().stream().map(g -> g.region()).distinct()).hasSize(5);
    }
}
