package se.samverkan.transfers;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import se.samverkan.gis.travel.EstimatedTravelTimes;
import se.samverkan.gis.travel.TravelTimeModel;
import se.samverkan.platform.problem.Problem;
import se.samverkan.transfer.advice.Advice;
import se.samverkan.transfer.advice.TransferAdvisor;
import se.samverkan.transfer.cost.CostModel;
import se.samverkan.transfer.cost.CostModels;
import se.samverkan.transfer.hospital.Hospital;
import se.samverkan.transfer.hospital.HospitalDirectory;
import se.samverkan.transfer.model.InvalidTransferException;
import se.samverkan.transfer.model.PatientNeed;
import se.samverkan.transfer.model.Place;
import se.samverkan.transfer.model.Priority;
import se.samverkan.transfer.model.TransferRequest;

/**
 * Advises a transport mode for one transfer. Stateless apart from immutable reference data (hospital list,
 * travel-time model), so any number of instances give the same answer. Every bad field of a request is
 * reported at once ({@link InvalidAdviceRequest}).
 */
@ApplicationScoped
public class TransferAdviceService {

    private final TransferAdvisor advisor;

    public TransferAdviceService() {
        this(EstimatedTravelTimes.withDefaults(), HospitalDirectory.reference());
    }

    public TransferAdviceService(TravelTimeModel travel, HospitalDirectory hospitals) {
        this.advisor = new TransferAdvisor(travel, hospitals);
    }

    /** The advice with the cost model that priced it. */
    public record Answer(Advice advice, CostModel costModel) {
    }

    /**
     * @param region county code whose cost model to use; null = the origin hospital's region, or the defaults
     */
    public Answer advise(String from, String to, String need, String priority, String earliest, String latest,
                         String region) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Place origin = field(errors, () -> located(Place.parse("from", from), "from"));
        Place destination = field(errors, () -> located(Place.parse("to", to), "to"));
        PatientNeed patientNeed = field(errors, () -> PatientNeed.parse("need", need));
        Priority prio = field(errors, () -> Priority.parse("priority", priority));
        LocalDateTime ready = field(errors, () -> time("earliest", earliest));
        LocalDateTime deadline = latest == null || latest.isBlank() ? null : field(errors, () -> time("latest", latest));
        CostModel costs = field(errors, () -> region == null || region.isBlank() ? null : CostModels.forRegion(region));
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        TransferRequest request = field(errors, () -> new TransferRequest(origin, destination, patientNeed, prio, ready, deadline));
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        if (costs == null) {
            costs = origin.hospital().flatMap(advisor.hospitals()::find).map(Hospital::region)
                    .filter(r -> r.matches("\\d{2}")).map(CostModels::forRegion).orElseGet(CostModels::defaults);
        }
        return new Answer(advisor.advise(request, costs), costs);
    }

    private Place located(Place place, String field) {
        advisor.hospitals().locate(place, field);
        return place;
    }

    private static LocalDateTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidTransferException(field, "is missing; a local time such as 2026-11-25T08:00");
        }
        try {
            return LocalDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidTransferException(field, "'" + text + "' is not a local time such as 2026-11-25T08:00 (Swedish time, no zone)");
        }
    }

    private static <T> T field(List<Problem.FieldError> errors, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidTransferException e) {
            errors.add(new Problem.FieldError(e.field(), e.reason()));
            return null;
        }
    }

    private static InvalidAdviceRequest invalid(List<Problem.FieldError> errors) {
        return new InvalidAdviceRequest(errors);
    }
}
