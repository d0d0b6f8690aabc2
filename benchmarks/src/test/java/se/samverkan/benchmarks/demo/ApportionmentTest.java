package se.samverkan.benchmarks.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

    @Test
    void partsSumToTheWholeAndFollowTheWeights() {
        int[] parts = Apportionment.largestRemainder(10, new double[] {1, 1, 1});
        assertThat(Arrays.stream(parts).sum()).isEqualTo(10);
        assertThat(parts).containsExactly(4, 3, 3);
        assertThat(Apportionment.largestRemainder(7, new double[] {6, 1, 0})).containsExactly(6, 1, 0);
    }
}
