package se.samverkan.transfer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkan.gis.travel.EstimatedTravelTimes;
import se.samverkan.gis.travel.TravelTimeModel;
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
import se.samverkan.transfer.whatif.Policy;
import se.samverkan.transfer.whatif.RowError;
import se.samverkan.transfer.whatif.TransferLog;
import se.samverkan.transfer.whatif.TransferLogException;
import se.samverkan.transfer.whatif.WhatIfAnalysis;

/**
 * {@code advise} and {@code whatif} from the command line. Exit codes: 0 done (also when no mode is adequate:
 * that is an answer), 2 bad input (named on standard error), 1 a file could not be read.
 */
public final class TransferCommand {

    static final String USAGE = """
            Usage:
              leon advise --from HOSPITAL|LAT,LON --to HOSPITAL|LAT,LON --need NEED --priority PRIO_1|PRIO_2|PRIO_3
                          --earliest 2026-11-25T08:00 [--latest 2026-11-26T08:00]
                          [--region NN] [--cost-model FILE.json] [--hospitals FILE.csv]
              leon whatif YEAR.csv POLICY.json [--region NN] [--cost-model FILE.json] [--hospitals FILE.csv]

            NEED: SEATED_NO_CARE, SEATED_WITH_COMPANION, LYING_BASIC, LYING_ADVANCED, INTENSIVE_CARE, NEONATAL
            Without --latest: prio 1 within 3 h, prio 2 by midnight, prio 3 within 48 h.
            Without --region: the origin hospital's region (advise), or the defaults.
            Hospitals: the packaged list of Swedish emergency hospitals, or --hospitals FILE.csv.
            """;

    private static final Set<String> ADVISE_OPTIONS = Set.of("from", "to", "need", "priority", "urgency", "earliest",
            "latest", "region", "cost-model", "hospitals");
    private static final Set<String> WHATIF_OPTIONS = Set.of("region", "cost-model", "hospitals");

    private final PrintStream out;
    private final PrintStream err;
    private final TravelTimeModel travel;

    TransferCommand(PrintStream out, PrintStream err, TravelTimeModel travel) {
        this.out = out;
        this.err = err;
        this.travel = travel;
    }

    public static void main(String[] args) {
        System.exit(new TransferCommand(System.out, System.err, EstimatedTravelTimes.withDefaults()).run(args));
    }

    int run(String... args) {
        if (args.length == 0 || Set.of("help", "-h", "--help").contains(args[0])) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            return switch (args[0]) {
                case "advise" -> advise(options(args, ADVISE_OPTIONS));
                case "whatif" -> whatIf(options(args, WHATIF_OPTIONS));
                default -> throw new InvalidTransferException("command", "unknown command '" + args[0] + "'; advise or whatif");
            };
        } catch (InvalidTransferException e) {
            err.println("leon: " + e.field() + ": " + e.reason());
            return 2;
        } catch (TransferLogException e) {
            err.println("leon: " + e.getMessage() + ":");
            for (RowError row : e.errors()) {
                err.println("  line " + row.line() + ", " + row.field() + ": " + row.reason());
            }
            return 2;
        } catch (NoSuchFileException e) {
            err.println("leon: no such file: " + e.getFile());
            return 1;
        } catch (IOException e) {
            err.println("leon: " + e.getMessage());
            return 1;
        }
    }

    private int advise(Options options) throws IOException {
        if (!options.positional.isEmpty()) {
            throw new InvalidTransferException("arguments", "advise takes options only, not " + options.positional);
        }
        HospitalDirectory hospitals = hospitals(options);
        Place from = Place.parse("from", options.get("from"));
        Place to = Place.parse("to", options.get("to"));
        String priority = options.values.containsKey("priority") ? options.get("priority") : options.get("urgency");
        TransferRequest request = new TransferRequest(from, to, PatientNeed.parse("need", options.get("need")),
                Priority.parse("priority", priority), time("earliest", options.get("earliest")),
                options.values.containsKey("latest") ? time("latest", options.get("latest")) : null);
        String originRegion = from.hospital().flatMap(hospitals::find).map(Hospital::region).orElse("");
        CostModel costs = costModel(options, originRegion);
        Advice advice = new TransferAdvisor(travel, hospitals).advise(request, costs);
        out.print(TextReports.advice(advice, costs.description()));
        return 0;
    }

    private int whatIf(Options options) throws IOException {
        if (options.positional.size() != 2) {
            throw new InvalidTransferException("arguments", "whatif needs YEAR.csv and POLICY.json, got " + options.positional);
        }
        HospitalDirectory hospitals = hospitals(options);
        CostModel costs = costModel(options, "");
        Policy policy;
        try (Reader json = Files.newBufferedReader(Path.of(options.positional.get(1)), StandardCharsets.UTF_8)) {
            policy = Policy.read(json);
        }
        try (Reader csv = Files.newBufferedReader(Path.of(options.positional.get(0)), StandardCharsets.UTF_8)) {
            var transfers = TransferLog.read(csv, hospitals);
            out.print(TextReports.whatIf(new WhatIfAnalysis(travel, hospitals, costs).run(transfers, policy),
                    costs.description()));
        }
        return 0;
    }

    private static HospitalDirectory hospitals(Options options) throws IOException {
        if (!options.values.containsKey("hospitals")) {
            return HospitalDirectory.reference();
        }
        try (Reader csv = Files.newBufferedReader(Path.of(options.get("hospitals")), StandardCharsets.UTF_8)) {
            return HospitalDirectory.read(csv);
        }
    }

    /** --cost-model wins; else --region; else the origin hospital's region; else the defaults. */
    private static CostModel costModel(Options options, String originRegion) throws IOException {
        if (options.values.containsKey("cost-model")) {
            try (Reader json = Files.newBufferedReader(Path.of(options.get("cost-model")), StandardCharsets.UTF_8)) {
                return CostModels.read(json);
            }
        }
        if (options.values.containsKey("region")) {
            return CostModels.forRegion(options.get("region"));
        }
        return originRegion.matches("\\d{2}") ? CostModels.forRegion(originRegion) : CostModels.defaults();
    }

    private static LocalDateTime time(String field, String text) {
        try {
            return LocalDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidTransferException(field, "'" + text + "' is not a local time of the form 2026-11-25T08:00");
        }
    }

    private record Options(Map<String, String> values, List<String> positional) {
        String get(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new InvalidTransferException(name, "is missing (--" + name + ")");
            }
            return value;
        }
    }

    private static Options options(String[] args, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!known.contains(name)) {
                throw new InvalidTransferException(name, "unknown option --" + name + " for " + args[0]);
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new InvalidTransferException(name, "--" + name + " needs a value");
                }
                value = args[++i];
            }
            values.put(name, value);
        }
        return new Options(values, positional);
    }
}
