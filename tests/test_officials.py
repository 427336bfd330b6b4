"""Officials the gazetteer lacks, recognised from how news copy introduces them (examples written here)."""

import datetime as dt

import pytest

from timeline.extraction.events import extract_events
from timeline.extraction.officials import find_officials

KNOWN = frozenset({"Vladimir Putin", "Putin", "Emomali Rahmon", "Rahmon"})


def found(text):
    return [(text[h.start : h.end], h.entry.country, h.entry.role, h.entry.known) for h in find_officials(text, KNOWN)]


def test_nationality_office_and_name():
    assert found("Russian Deputy Energy Minister Pavel Sorokin arrived.") == [
        ("Pavel Sorokin", "RU", "Deputy Energy Minister (Russia)", False)
    ]
    assert found("Tajikistan's Minister of Health and Social Protection Jamoliddin Abdullozoda spoke.")[0][:2] == (
        "Jamoliddin Abdullozoda",
        "TJ",
    )


def test_office_of_country_and_name():
    assert found("First Deputy Prime Minister of Tajikistan Davlatali Said met them.")[0][:3] == (
        "Davlatali Said",
        "TJ",
        "First Deputy Prime Minister (Tajikistan)",
    )


def test_head_of_an_agency_keeps_the_agencys_name_in_the_role():
    [(name, cc, role, _)] = found("The head of Russia's Federal Customs Service Vladimir Bulavin flew in.")
    assert (name, cc) == ("Vladimir Bulavin", "RU") and role.endswith("Federal Customs Service")


def test_name_then_apposition_and_later_surname():
    hits = found("Farrukh Hamralizoda, Tajikistan's deputy minister of finance, met them. Hamralizoda said so.")
    assert [h[0] for h in hits] == ["Farrukh Hamralizoda", "Hamralizoda"] and hits[0][1] == "TJ"


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin met Tajik President Emomali Rahmon.",  # in the gazetteer
        "Kyrgyz Deputy Prime Minister Edil Baisalov arrived.",  # neither country's
        "Russian Foreign Ministry Spokeswoman said so.",  # no name
        "Russian Deputy Prime Minister Of The Republic said.",  # capitalised words that are no name
    ],
)
def test_no_official(text):
    assert found(text) == []


def test_an_unknown_official_takes_part_in_a_contact(gazetteer):
    r = extract_events(
        "Russian Deputy Foreign Minister Pavel Ivlev held consultations with Tajik Deputy Foreign Minister "
        "Farrukh Sharifzoda in Dushanbe on March 2, 2011.",
        gazetteer=gazetteer,
    )
    [event] = r.events
    assert event.date == dt.date(2011, 3, 2)
    assert {(p.name, p.country, p.known) for p in event.participants} == {
        ("Pavel Ivlev", "RU", False),
        ("Farrukh Sharifzoda", "TJ", False),
    }


def test_ingestion_stores_them_as_people_not_from_the_gazetteer(db):
    from articles.services import ingest_text
    from timeline.models import Event, Person

    ingest_text(
        "a.txt",
        "DUSHANBE, March 2, 2011 -- Russian Deputy Foreign Minister Pavel Ivlev held consultations with Tajik "
        "Deputy Foreign Minister Farrukh Sharifzoda today.\n",
    )
    person = Person.objects.get(name="Pavel Ivlev")
    assert (person.country, person.from_gazetteer) == ("RU", False) and "Deputy Foreign Minister" in person.role
    assert set(Event.objects.get().participants.values_list("name", flat=True)) == {"Pavel Ivlev", "Farrukh Sharifzoda"}
    assert Person.objects.get(name="Vladimir Putin").from_gazetteer


def test_the_head_of_a_unit_inside_a_ministry():
    hits = find_officials(
        "He met Mahmadullo Asadulloyev, head of the migration department of the Tajik Ministry of Labour."
    )
    assert [(h.entry.name, h.entry.country) for h in hits] == [("Mahmadullo Asadulloyev", "TJ")]


@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        # a formal title written out before the name, the country read from its words
        ("The Minister of Culture of the Republic of Tajikistan Matlubakhon Sattoriyon opened it.", "Matlubakhon Sattoriyon", "TJ"),
        ("Deputy Chairman of the Government of the Russian Federation Viktoria Abramchenko arrived.", "Viktoria Abramchenko", "RU"),
        ("Ambassador Extraordinary and Plenipotentiary of the Russian Federation to the Republic of Tajikistan Pavel Orlov came.", "Pavel Orlov", "RU"),
        ("Governor of the Kursk Region Roman Starovoit signed it.", "Roman Starovoit", "RU"),
        ("Chairman of Sughd region Rajabboy Ahmadzoda welcomed them.", "Rajabboy Ahmadzoda", "TJ"),
        ("Head of the Federal Tax Service of Russia Daniil Yegorov spoke.", "Daniil Yegorov", "RU"),
        # a rank before the name is none of it
        ("Deputy Minister of Internal Affairs of Russia, Police Lieutenant-General Oleg Ivanovsky, spoke.", "Oleg Ivanovsky", "RU"),
        # the side a title-only official leads
        ("The Russian delegation was headed by First Deputy Minister of Education Olga Petrova.", "Olga Petrova", "RU"),
    ],
)  # fmt: skip
def test_long_titles_before_the_name(text, name, cc):
    assert [(h[0], h[1]) for h in found(text)][:1] == [(name, cc)]


def test_a_long_title_with_no_country_names_no_official():
    assert found("Deputy Minister of Internal Affairs Oleg Ivanovsky spoke.") == []


def test_a_delegation_s_leader_takes_its_country():
    assert [
        (h[0], h[1])
        for h in found("A delegation of Russia's Emergencies Ministry led by Deputy Minister Ilya Denisov arrived.")
    ] == [("Ilya Denisov", "RU")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Russian Interior Minister Vladimir Kolokoltsev and his Tajik counterpart Ramazon Rahimzoda met.", [("Vladimir Kolokoltsev", "RU"), ("Ramazon Rahimzoda", "TJ")]),
        ("Russian Security Council Secretary Sergei Shoigu held talks.", [("Sergei Shoigu", "RU")]),
        ("Tajik State Committee Chairman Saimumin Yatimov held talks.", [("Saimumin Yatimov", "TJ")]),
        ("Khujand Mayor Rahmon Ikromzoda greeted them.", [("Rahmon Ikromzoda", "TJ")]),
        ("Moscow Mayor Sergei Sobyanin greeted them.", [("Sergei Sobyanin", "RU")]),
        ("He called the chairman of the lower house of the Russian parliament, Vyacheslav Volodin.", [("Vyacheslav Volodin", "RU")]),
        ("They met the speakers of both chambers of the Tajik parliament, Rustam Emomali and Mahmadtoir Zokirzoda.", [("Rustam Emomali", "TJ"), ("Mahmadtoir Zokirzoda", "TJ")]),
        ("Mishustin met Rustam Emomali, the chairman of the upper house of Tajikistan's parliament.", [("Rustam Emomali", "TJ")]),
        ("She met Anna Kuznetsova, deputy speaker of the State Duma.", [("Anna Kuznetsova", "RU")]),
        ("the Mayor of Dushanbe, the honorable Rustami Emomali, arrived", [("Rustami Emomali", "TJ")]),
    ],
)  # fmt: skip
def test_more_ways_news_introduces_an_official(text, names):
    assert [(h[0], h[1]) for h in found(text) if " " in h[0]] == names


def test_a_name_with_its_country_in_brackets():
    assert [
        (h[0], h[1]) for h in found("It was chaired by Qurbon Hakimzoda (Tajikistan) and Oksana Lut (Russia).")
    ] == [
        ("Qurbon Hakimzoda", "TJ"),
        ("Oksana Lut", "RU"),
    ]
    assert found("The forum was held in St Petersburg (Russia) last year.") == []


def test_a_surname_written_first_is_still_the_surname():
    hits = found(
        "A meeting was held between the Deputy Minister of Finance of the Republic of Tajikistan Qodirzoda Jamshed "
        "Kamol and the Deputy Minister of Finance of the Russian Federation Sazanov Alexei Vladimirovich."
    )
    assert [(h[0], h[1]) for h in hits] == [("Qodirzoda Jamshed Kamol", "TJ"), ("Sazanov Alexei Vladimirovich", "RU")]
    names = [
        h.entry.name
        for h in find_officials(
            "Minister of Energy of the Russian Federation Sazanov Alexei Vladimirovich spoke.", KNOWN
        )
    ]
    assert names == ["Alexei Vladimirovich Sazanov"]


def test_a_delegation_led_by_a_name_alone():
    assert [(h[0], h[1]) for h in found("The Russian delegation is led by Boris Pastukhov, a State Duma member.")] == [
        ("Boris Pastukhov", "RU")
    ]


def test_a_chamber_names_the_country_of_the_delegation_it_sends():
    text = (
        "Speaker Zokirzoda received the delegation of the Federation Council of the Federal Assembly of the "
        "Russian Federation headed by Deputy Chairman Konstantin Kosachev."
    )
    assert [(h[0], h[1]) for h in found(text)] == [("Konstantin Kosachev", "RU")]
    assert [
        (h[0], h[1]) for h in found("A Majlisi Milli delegation led by Deputy Chairman Abdujabbor Azizi arrived.")
    ] == [("Abdujabbor Azizi", "TJ")]


def test_the_head_of_a_russian_region_named_after_the_name_or_before_it():
    assert [(h[0], h[1]) for h in found("Radiy Khabirov, Head of the Republic of Bashkortostan, arrived.")] == [
        ("Radiy Khabirov", "RU")
    ]
    # (the region is no part of the name: "the Rais of Tatarstan | Rustam Minnikhanov")
    assert [(h[0], h[1]) for h in found("The Rais of Tatarstan Rustam Minnikhanov arrived.")] == [
        ("Rustam Minnikhanov", "RU")
    ]


def test_the_head_of_a_tajik_region_is_a_tajik_official():
    assert [(h[0], h[1]) for h in found("Khatlon region governor Kurbon Hakimov arrived.")] == [
        ("Kurbon Hakimov", "TJ")
    ]
    assert [(h[0], h[1]) for h in found("Umar Olimov, the chairman of GBAO, arrived.")] == [("Umar Olimov", "TJ")]


def test_an_office_without_a_country_whose_holder_receives_the_other_side_s_official():
    def sides(text):
        return {h.entry.name: h.entry.country for h in find_officials(text)}

    assert (
        sides("Deputy Foreign Minister Farhod Salim received Russian Ambassador Igor Lyakin-Frolov.")["Farhod Salim"]
        == "TJ"
    )
    assert (
        sides("First Deputy Minister of Justice Anna Kuznetsova received Tajik Ambassador Imomuddin Sattorov.")[
            "Anna Kuznetsova"
        ]
        == "RU"
    )
    # no country and no one of the other side received: nothing is known of the office's country
    assert "Farhod Salim" not in sides("Deputy Foreign Minister Farhod Salim spoke to reporters on Monday.")


def test_the_council_of_federation_is_russia_s_upper_chamber():
    hits = find_officials("Irina Petrova, head of the Council of Federation's CIS Committee, arrived in Dushanbe.")
    assert [(h.entry.name, h.entry.country) for h in hits] == [("Irina Petrova", "RU")]


def test_a_russian_republics_head_is_its_president_or_rais():
    assert found("Bashkortostan Head Radiy Khabirov arrived.")[0][:2] == ("Radiy Khabirov", "RU")
    assert found("Tatarstan Rais Rustam Minnikhanov arrived.")[0][:2] == ("Rustam Minnikhanov", "RU")
    assert found("Chechnya President Ramzan Kadyrov arrived.")[0][:2] == ("Ramzan Kadyrov", "RU")


def test_a_human_rights_office_before_a_comma_and_the_name():
    # "Human Rights" qualifies the office, and news copy often sets the name off with a comma
    assert found("Tajikistan's Human Rights Ombudsman, Farrukh Nazarov, wrote again.")[0][:3] == (
        "Farrukh Nazarov",
        "TJ",
        "Human Rights Ombudsman (Tajikistan)",
    )
    assert found("Russian Human Rights Commissioner Irina Volkova arrived.")[0][:2] == ("Irina Volkova", "RU")


def test_a_military_body_in_a_commanders_title_is_no_name():
    assert found("The Commander of Russia's Eastern Military District, Colonel-General Pavel Orlov, arrived.")[0][
        :2
    ] == (
        "Pavel Orlov",
        "RU",
    )
