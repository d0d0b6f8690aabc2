package se.samverkan.transfer.cost;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import se.samverkan.transfer.model.TransferMode;

/**
 * A region's transport modes with their costs and the needs they serve. {@code region} is the county code
 * the model was made for, or {@code default}.
 */
public record CostModel(String region, String description, Map<TransferMode, ModeCost> modes) {

    public CostModel {
        modes = Map.copyOf(new EnumMap<>(modes));
    }

    /** The mode when the region has it. */
    public Optional<ModeCost> mode(TransferMode mode) {
        return Optional.ofNullable(modes.get(mode)).filter(ModeCost::available);
    }
}
