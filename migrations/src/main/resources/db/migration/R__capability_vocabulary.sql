-- The capability vocabulary (resource kinds, their typed tiers, equipment tags). Repeatable: edit and
-- Flyway re-applies it; rows are upserted, never deleted, because units refer to them.
-- Kinds and Swedish names follow the domain brief's resource table (docs/domain.md); tiers follow the NIMS
-- resource typing idea: type 1 is the most capable variant of a kind.

INSERT INTO resource_kind (code, name_sv, name_en, transport_mode, carries_patients, military) VALUES
    ('ROAD_AMBULANCE', 'Vägambulans', 'Road ambulance', 'ROAD_AMBULANCE', true, false),
    ('INTENSIVE_CARE_AMBULANCE', 'Intensivvårdsambulans', 'Intensive-care ambulance', 'ROAD_AMBULANCE', true, false),
    ('TRANSPORT_AMBULANCE', 'Transportambulans', 'Transport ambulance (lying transport)', 'ROAD_AMBULANCE', true, false),
    ('LIGHT_CARE_AMBULANCE', 'Lättvårdsambulans', 'Light-care ambulance', 'ROAD_AMBULANCE', true, false),
    ('PSYCHIATRIC_AMBULANCE', 'Psykiatriambulans', 'Psychiatric ambulance', 'ROAD_AMBULANCE', true, false),
    ('BARIATRIC_AMBULANCE', 'Bariatrisk ambulans', 'Bariatric ambulance', 'ROAD_AMBULANCE', true, false),
    ('PHYSICIAN_CAR', 'Akutläkarbil', 'Emergency physician car', 'ROAD_AMBULANCE', false, false),
    ('ASSESSMENT_CAR', 'Bedömningsbil', 'Assessment car', 'ROAD_AMBULANCE', false, false),
    ('AMBULANCE_BUS', 'Ambulansbuss', 'Ambulance bus', 'AMBULANCE_BUS', true, false),
    ('AMBULANCE_HELICOPTER', 'Ambulanshelikopter', 'Ambulance helicopter', 'HELICOPTER', true, false),
    ('FIXED_WING', 'Ambulansflyg', 'Fixed-wing air ambulance', 'FIXED_WING', true, false),
    ('SPECIALIST_FLIGHT', 'Specialistflyg (LIV, NEO)', 'Specialist flight (life support, neonatal)', 'FIXED_WING', true, false),
    ('PATIENT_TRAVEL_TAXI', 'Sjukresa, taxi eller specialfordon', 'Patient travel taxi or special vehicle', 'TAXI', true, false),
    ('PATIENT_TRAVEL_BUS', 'Sjukresa, buss', 'Patient travel bus', 'AMBULANCE_BUS', true, false),
    ('RESCUE_SERVICE', 'Räddningstjänst', 'Rescue service', 'ROAD_AMBULANCE', true, false),
    ('MILITARY_VEHICLE', 'Militärt sjuktransportfordon', 'Military medical evacuation vehicle', 'ROAD_AMBULANCE', true, true),
    ('MILITARY_HELICOPTER', 'Militär helikopter', 'Military helicopter', 'HELICOPTER', true, true),
    ('MILITARY_AIRCRAFT', 'Militärt transportflygplan', 'Military transport aircraft', 'FIXED_WING', true, true),
    ('MOBILE_CARE_TEAM', 'Mobilt team', 'Mobile care team', NULL, false, false)
ON CONFLICT (code) DO UPDATE SET name_sv = EXCLUDED.name_sv, name_en = EXCLUDED.name_en,
    transport_mode = EXCLUDED.transport_mode, carries_patients = EXCLUDED.carries_patients,
    military = EXCLUDED.military;

INSERT INTO resource_kind_tier (kind, tier, description) VALUES
    ('ROAD_AMBULANCE', 1, 'Specialist ambulance nurse and EMT, advanced life support, mechanical CPR'),
    ('ROAD_AMBULANCE', 2, 'Ambulance nurse and EMT, advanced life support'),
    ('ROAD_AMBULANCE', 3, 'Two EMTs, basic life support'),
    ('INTENSIVE_CARE_AMBULANCE', 1, 'Intensive-care staff, ventilator, infusion pumps, invasive monitoring'),
    ('INTENSIVE_CARE_AMBULANCE', 2, 'Intensive-care nurse, ventilator'),
    ('AMBULANCE_BUS', 1, 'Six or more lying places, nurses on board'),
    ('AMBULANCE_BUS', 2, 'Up to five lying places and seated patients'),
    ('AMBULANCE_HELICOPTER', 1, 'Night- and instrument-capable, physician on board, hoist'),
    ('AMBULANCE_HELICOPTER', 2, 'Physician or anaesthesia nurse on board, daylight and night'),
    ('AMBULANCE_HELICOPTER', 3, 'Daylight visual flight only'),
    ('FIXED_WING', 1, 'Two lying patients, intensive-care capable, pressurised'),
    ('FIXED_WING', 2, 'One lying patient, advanced care'),
    ('SPECIALIST_FLIGHT', 1, 'Neonatal or ECMO team with own equipment'),
    ('PATIENT_TRAVEL_TAXI', 1, 'Special vehicle with wheelchair lift and stretcher'),
    ('PATIENT_TRAVEL_TAXI', 2, 'Taxi with wheelchair place'),
    ('PATIENT_TRAVEL_TAXI', 3, 'Ordinary taxi, seated only'),
    ('MILITARY_VEHICLE', 1, 'Armoured medical evacuation vehicle, four lying'),
    ('MILITARY_VEHICLE', 2, 'Unarmoured field ambulance'),
    ('MILITARY_HELICOPTER', 1, 'Medevac-configured helicopter, several lying'),
    ('MILITARY_AIRCRAFT', 1, 'National medevac aircraft, intensive-care modules')
ON CONFLICT (kind, tier) DO UPDATE SET description = EXCLUDED.description;

INSERT INTO capability_tag (code, name_sv, name_en) VALUES
    ('ventilator', 'Respirator', 'Ventilator'),
    ('incubator', 'Transportkuvös', 'Transport incubator'),
    ('bariatric', 'Bariatrisk utrustning', 'Bariatric equipment'),
    ('isolation', 'Isolering / smitta', 'Isolation / infection control'),
    ('cbrn', 'CBRN-sanering', 'CBRN decontamination'),
    ('off-road', 'Terränggående', 'Off-road'),
    ('winter', 'Vinterutrustad', 'Winter-equipped'),
    ('wheelchair-lift', 'Rullstolslyft', 'Wheelchair lift'),
    ('defibrillator', 'Defibrillator', 'Defibrillator'),
    ('paediatric', 'Barnutrustning', 'Paediatric equipment')
ON CONFLICT (code) DO UPDATE SET name_sv = EXCLUDED.name_sv, name_en = EXCLUDED.name_en;
