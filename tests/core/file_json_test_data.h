// Maps shared by the file-format tests (test_file_json.cpp: round trips and the file's look;
// test_file_json_refused.cpp: bad and hostile files): a small map with every kind of field, a
// sentinel that a refused load must leave alone, and the base every committed bad file breaks.
#pragma once
#include "file_json.h"
#include "journey.h"

#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

namespace file_json_test
{
using test::Contains;

// Two situations, a persona with a photo, every kind of field, awkward floats and text.
inline Document MakeSmallDocument()
{
    Document doc;
    doc.Title = "Hartfalen: van verwijzing tot thuismonitoring";
    doc.Scope = "Van verwijzing door de huisarts tot de eerste controle na ontslag";
    doc.IntendedOutcome = "Knelpunten en kansen zien";
    doc.Remark = "Fictief voorbeeld \xE2\x80\x94 geen echte patiënt \xE2\x9C\x93"; // em dash, check mark

    Persona persona;
    persona.Id = NewId<PersonaId>(doc);
    persona.Name = "Anna de Vries";
    persona.Age = 72;
    persona.BasedOnRealPerson = false;
    persona.Photo = "iVBORw0KGgo=";
    persona.Diagnosis = "HFrEF, NYHA II";
    persona.Quote = "\"Ik wil weten waar ik aan toe ben.\"\nNieuwe regel\tmet tab \\ en emoji \xF0\x9F\x92\x93";
    persona.X = -350.25f;
    persona.Y = 12.5f;
    doc.Personas.push_back(persona);

    Situation current;
    current.Kind = SituationKind::Current;
    current.Lanes = DefaultLanes(doc);
    Lane systems;
    systems.Id = NewId<LaneId>(doc);
    systems.Kind = LaneKind::Text;
    systems.Title = "Systemen";
    systems.Height = 95.5f;
    current.Lanes.push_back(systems);
    const LaneId backstage = current.Lanes[6].Id;
    REQUIRE(current.Lanes[6].Kind == LaneKind::Backstage);

    Phase diagnosis;
    diagnosis.Id = NewId<PhaseId>(doc);
    diagnosis.Name = "Diagnose";
    Phase home;
    home.Id = NewId<PhaseId>(doc);
    home.Name = "Thuis";
    home.Width = 812.75f;
    current.Phases = {diagnosis, home};

    Moment consult = test::NewMoment(doc, diagnosis.Id, 0.1f);
    consult.Title = "Eerste consult cardioloog";
    consult.Type = InteractionType::FaceToFace;
    consult.Channel = "polikliniek";
    consult.Actors = {"cardioloog", "verpleegkundig specialist"};
    consult.Description = "Uitslag echo besproken";
    consult.Patient = {-1.5f, "Onzeker, veel informatie"};
    consult.Professional = {1.0f, "Duidelijk plan"};
    consult.Cells = {{backstage, "Echo ingepland via HIX"}, {systems.Id, "EPD"}};
    Moment measure = test::NewMoment(doc, home.Id, 1.0f / 3.0f);
    measure.Title = "Dagelijks wegen";
    measure.Type = InteractionType::HomeMeasurement;
    measure.Patient = {0.5f, ""};
    measure.Professional = {-2.0f, ""};
    current.Moments = {consult, measure};

    Note pain;
    pain.Id = NewId<NoteId>(doc);
    pain.Kind = NoteKind::PainPoint;
    pain.Text = "Lange wachttijd op uitslag";
    pain.Moment = consult.Id;
    Note chance;
    chance.Id = NewId<NoteId>(doc);
    chance.Kind = NoteKind::Opportunity;
    chance.Text = "Weegschaal koppelen aan portaal";
    chance.X = -20.125f;
    chance.Y = 733.0f;
    chance.Color = 0x7FC97F;
    current.Notes = {pain, chance};

    Situation desired;
    desired.Kind = SituationKind::Desired;
    desired.Name = "Gewenst";
    desired.Lanes = DefaultLanes(doc);
    Phase desired_phase;
    desired_phase.Id = NewId<PhaseId>(doc);
    desired_phase.Name = "Diagnose";
    desired.Phases = {desired_phase};
    Moment video = test::NewMoment(doc, desired_phase.Id, 250.0f);
    video.Title = "Videoconsult";
    video.Type = InteractionType::OnlineConsult;
    video.Patient = {2.0f, "Fijn, thuis"};
    video.Origin = consult.Id;
    desired.Moments = {video};

    doc.Situations = {current, desired};
    return doc;
}

// A document that must come out of a failed load exactly as it went in.
inline Document MakeSentinel()
{
    Document doc;
    doc.Title = "untouched";
    Situation s;
    s.Lanes = DefaultLanes(doc);
    doc.Situations.push_back(s);
    return doc;
}

// The same map as make_bad_files.py's BASE: every committed bad file is this with one thing broken.
inline const char* const BadFileBase = R"({
    "schema": 1,
    "title": "Bad file base",
    "personas": [{"id": 7, "name": "Anna", "age": 72, "photo": ""}],
    "situations": [
        {
            "kind": "current",
            "phases": [{"id": 1, "name": "Diagnose", "width": 600}],
            "lanes": [{"id": 2, "kind": "moments"}, {"id": 3, "kind": "text", "title": "Notities"},
                      {"id": 6, "kind": "patient_experience"}],
            "moments": [{"id": 4, "phase": 1, "x": 100, "title": "Eerste consult", "type": "face_to_face",
                         "patient": {"score": -1, "text": "Onzeker"}, "professional": {"score": 1, "text": ""},
                         "cells": [{"lane": 3, "text": "x"}]}],
            "notes": [{"id": 5, "kind": "pain_point", "text": "Lange wachttijd", "moment": 4, "x": 0, "y": 0,
                       "color": "#FFD966"}]
        }
    ]
}
)";

inline std::string WithMomentX(const std::string& x)
{
    std::string json = BadFileBase;
    const std::string from = "\"x\": 100,";
    json.replace(json.find(from), from.size(), "\"x\": " + x + ",");
    return json;
}

// A refused load: a message that says what, in both languages, and *out exactly as before.
inline void CheckRefused(const Status& st, const Document& doc, const std::string& doc_bytes_before, const std::string& expected)
{
    INFO("message: " << st.Message);
    CHECK_FALSE(st.Ok);
    CHECK(Contains(st.Message, expected));
    CHECK_FALSE(st.MessageNl.empty());
    CHECK(st.MessageNl != st.Message);
    CHECK(SaveDocumentToString(doc) == doc_bytes_before);
}
} // namespace file_json_test
