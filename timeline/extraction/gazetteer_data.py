"""Officials and places known to the extractor. Facts: public record; dates are terms of office (end None = still in office as of 2026-11)."""

from __future__ import annotations

# office keys: "<CC>:<office>", CC in RU, TJ, KG, UZ, KZ, TM, BY, AF, CN, US, ...
# offices: president, prime_minister, foreign_minister, defence_minister, interior_minister,
#   security_council_secretary, fsb_director, emergencies_minister, energy_minister, economy_minister,
#   speaker_lower (Duma / Majlisi Namoyandagon), speaker_upper (Federation Council / Majlisi Milli),
#   chief_of_general_staff, drug_control_head, kremlin_chief_of_staff, deputy_prime_minister, ambassador_to_TJ / ambassador_to_RU, mayor_of_dushanbe, ...
# further keys used below: first_deputy_prime_minister, kremlin_first_deputy_chief_of_staff, kremlin_spokesman,
#   foreign_policy_aide, presidential_aide, svr_director, finance_minister, industry_minister, central_bank_governor,
#   audit_chamber_chairman, mayor_of_moscow, governor_of_st_petersburg, governor_of_moscow_oblast, roscosmos_head,
#   security_council_deputy_chairman, tax_service_head, ambassador_to_UA, ambassador_to_BY, ambassador_to_UN,
#   TJ:head_of_state, TJ:supreme_council_chairman, TJ:national_security_chairman (GKNB), TJ:border_troops_commander,
#   TJ:anticorruption_agency_head, KZ:national_security_chairman, TM:halk_maslahaty_chairman;
#   organisation posts use the organisation as prefix: CSTO:secretary_general, SCO:secretary_general.
# A term's end day is the day the successor took over (or the decree relieving the holder); acting periods are included.
PEOPLE: list[dict] = [
    # ------------------------------------------------------------------ Russia: heads of state and government
    {
        "name": "Boris Yeltsin",
        "country": "RU",
        "role": "President of Russia",
        "aliases": [
            "Yeltsin",
            "Boris Yeltsin",
            "Boris Eltsin",
            "Eltsin",
            "Boris Nikolayevich Yeltsin",
            "Boris N. Yeltsin",
        ],
        "offices": [("RU:president", "1991-07-10", "1999-12-31")],
    },
    {
        "name": "Vladimir Putin",
        "country": "RU",
        "role": "President of Russia",
        "aliases": ["Putin", "Vladimir Putin", "Vladimir Vladimirovich Putin", "Vladimir V. Putin", "V. Putin"],
        "offices": [
            ("RU:fsb_director", "1998-07-25", "1999-08-09"),
            ("RU:security_council_secretary", "1999-03-29", "1999-08-09"),
            ("RU:prime_minister", "1999-08-09", "2000-05-07"),  # acting until 1999-08-16
            ("RU:president", "1999-12-31", "2008-05-07"),  # acting president until 2000-05-07
            ("RU:prime_minister", "2008-05-08", "2012-05-07"),
            ("RU:president", "2012-05-07", None),
        ],
    },
    {
        "name": "Dmitry Medvedev",
        "country": "RU",
        "role": "President of Russia (2008-2012), Prime Minister (2012-2020)",
        "aliases": [
            "Medvedev",
            "Dmitry Medvedev",
            "Dmitri Medvedev",
            "Dmitriy Medvedev",
            "Dmitrii Medvedev",
            "Dmitry Anatolyevich Medvedev",
            "Dmitry A. Medvedev",
        ],
        "offices": [
            ("RU:kremlin_chief_of_staff", "2003-10-30", "2005-11-14"),
            ("RU:first_deputy_prime_minister", "2005-11-14", "2008-05-07"),
            ("RU:president", "2008-05-07", "2012-05-07"),
            ("RU:prime_minister", "2012-05-08", "2020-01-16"),  # acting from 2020-01-15
            ("RU:security_council_deputy_chairman", "2020-01-16", None),
        ],
    },
    {
        "name": "Viktor Chernomyrdin",
        "country": "RU",
        "role": "Prime Minister of Russia",
        "aliases": ["Chernomyrdin", "Viktor Chernomyrdin", "Victor Chernomyrdin", "Viktor Stepanovich Chernomyrdin"],
        "offices": [
            ("RU:prime_minister", "1992-12-14", "1998-03-23"),
            ("RU:prime_minister", "1998-08-23", "1998-09-11"),  # acting, after Kiriyenko's dismissal
            ("RU:ambassador_to_UA", "2001-05-21", "2009-06-11"),
        ],
    },
    {
        "name": "Sergei Kiriyenko",
        "country": "RU",
        "role": "Prime Minister of Russia (1998); Kremlin first deputy chief of staff",
        "aliases": [
            "Kiriyenko",
            "Kirienko",
            "Sergei Kiriyenko",
            "Sergey Kiriyenko",
            "Sergei Kirienko",
            "Sergey Kirienko",
            "Sergei Kiriienko",
        ],
        "offices": [
            ("RU:prime_minister", "1998-03-23", "1998-08-23"),  # acting until 1998-04-24
            ("RU:kremlin_first_deputy_chief_of_staff", "2016-10-05", None),
        ],
    },
    {
        "name": "Yevgeny Primakov",
        "country": "RU",
        "role": "Foreign Minister, then Prime Minister of Russia",
        "aliases": [
            "Primakov",
            "Yevgeny Primakov",
            "Yevgeni Primakov",
            "Yevgeniy Primakov",
            "Evgeny Primakov",
            "Evgeni Primakov",
            "Evgenii Primakov",
            "Yevgeny Maksimovich Primakov",
        ],
        "offices": [
            ("RU:svr_director", "1991-12-26", "1996-01-09"),
            ("RU:foreign_minister", "1996-01-09", "1998-09-11"),
            ("RU:prime_minister", "1998-09-11", "1999-05-12"),
        ],
    },
    {
        "name": "Sergei Stepashin",
        "country": "RU",
        "role": "Prime Minister of Russia (1999)",
        "aliases": ["Stepashin", "Sergei Stepashin", "Sergey Stepashin"],
        "offices": [
            ("RU:fsb_director", "1994-03-03", "1995-06-30"),  # FSK, renamed FSB in 1995
            ("RU:interior_minister", "1998-03-30", "1999-05-12"),
            ("RU:prime_minister", "1999-05-12", "1999-08-09"),
            ("RU:audit_chamber_chairman", "2000-04-19", "2013-09-20"),
        ],
    },
    {
        "name": "Mikhail Kasyanov",
        "country": "RU",
        "role": "Prime Minister of Russia",
        "aliases": ["Kasyanov", "Kasianov", "Mikhail Kasyanov", "Mikhail Kasianov"],
        "offices": [("RU:prime_minister", "2000-05-07", "2004-02-24")],  # acting until 2000-05-17
    },
    {
        "name": "Viktor Khristenko",
        "country": "RU",
        "role": "Deputy Prime Minister; acting Prime Minister (2004); Minister of Industry and Energy",
        "aliases": ["Khristenko", "Viktor Khristenko", "Victor Khristenko"],
        "offices": [
            ("RU:deputy_prime_minister", "1999-05-31", "2004-02-24"),  # unsure: start day; first deputy PM Jan-May 2000
            ("RU:prime_minister", "2004-02-24", "2004-03-05"),  # acting
            ("RU:energy_minister", "2004-03-09", "2008-05-12"),  # Minister of Industry and Energy
            ("RU:industry_minister", "2004-03-09", "2012-01-20"),
        ],
    },
    {
        "name": "Mikhail Fradkov",
        "country": "RU",
        "role": "Prime Minister of Russia; SVR director",
        "aliases": ["Fradkov", "Mikhail Fradkov"],
        "offices": [
            ("RU:prime_minister", "2004-03-05", "2007-09-14"),  # acting from 2007-09-12
            ("RU:svr_director", "2007-10-06", "2016-10-05"),
        ],
    },
    {
        "name": "Viktor Zubkov",
        "country": "RU",
        "role": "Prime Minister of Russia (2007-2008)",
        "aliases": ["Zubkov", "Viktor Zubkov", "Victor Zubkov"],
        "offices": [
            ("RU:prime_minister", "2007-09-14", "2008-05-07"),
            ("RU:first_deputy_prime_minister", "2008-05-12", "2012-05-21"),
        ],
    },
    {
        "name": "Mikhail Mishustin",
        "country": "RU",
        "role": "Prime Minister of Russia",
        "aliases": ["Mishustin", "Mikhail Mishustin", "Mikhail Vladimirovich Mishustin"],
        "offices": [
            ("RU:tax_service_head", "2010-04-06", "2020-01-16"),
            ("RU:prime_minister", "2020-01-16", None),
        ],
    },
    # ------------------------------------------------------------------ Russia: foreign ministers
    {
        "name": "Andrei Kozyrev",
        "country": "RU",
        "role": "Foreign Minister of Russia",
        "aliases": ["Kozyrev", "Andrei Kozyrev", "Andrey Kozyrev"],
        "offices": [("RU:foreign_minister", "1990-10-11", "1996-01-05")],
    },
    {
        "name": "Igor Ivanov",
        "country": "RU",
        "role": "Foreign Minister of Russia; Security Council Secretary",
        "aliases": ["Igor Ivanov", "Igor Sergeyevich Ivanov", "Igor S. Ivanov"],
        "offices": [
            ("RU:foreign_minister", "1998-09-11", "2004-03-09"),
            ("RU:security_council_secretary", "2004-03-09", "2007-07-18"),
        ],
    },
    {
        "name": "Sergei Lavrov",
        "country": "RU",
        "role": "Foreign Minister of Russia",
        "aliases": ["Lavrov", "Sergei Lavrov", "Sergey Lavrov", "Sergei Viktorovich Lavrov"],
        "offices": [
            ("RU:ambassador_to_UN", "1994-04-01", "2004-03-09"),  # unsure: start day
            ("RU:foreign_minister", "2004-03-09", None),
        ],
    },
    # ------------------------------------------------------------------ Russia: defence
    {
        "name": "Pavel Grachev",
        "country": "RU",
        "role": "Defence Minister of Russia",
        "aliases": ["Grachev", "Grachyov", "Pavel Grachev", "Pavel Grachyov"],
        "offices": [("RU:defence_minister", "1992-05-18", "1996-06-17")],
    },
    {
        "name": "Igor Rodionov",
        "country": "RU",
        "role": "Defence Minister of Russia",
        "aliases": ["Rodionov", "Igor Rodionov"],
        "offices": [("RU:defence_minister", "1996-07-17", "1997-05-22")],
    },
    {
        "name": "Igor Sergeyev",
        "country": "RU",
        "role": "Defence Minister of Russia",
        "aliases": ["Sergeyev", "Sergeev", "Igor Sergeyev", "Igor Sergeev", "Marshal Sergeyev"],
        "offices": [("RU:defence_minister", "1997-05-22", "2001-03-28")],
    },
    {
        "name": "Sergei Ivanov",
        "country": "RU",
        "role": "Defence Minister; First Deputy PM; Kremlin chief of staff",
        "aliases": ["Sergei Ivanov", "Sergey Ivanov", "Sergei Borisovich Ivanov", "Sergei B. Ivanov"],
        "offices": [
            ("RU:security_council_secretary", "1999-11-15", "2001-03-28"),
            ("RU:defence_minister", "2001-03-28", "2007-02-15"),
            ("RU:deputy_prime_minister", "2005-11-14", "2007-02-15"),
            ("RU:first_deputy_prime_minister", "2007-02-15", "2008-05-12"),
            ("RU:deputy_prime_minister", "2008-05-12", "2011-12-22"),
            ("RU:kremlin_chief_of_staff", "2011-12-22", "2016-08-12"),
        ],
    },
    {
        "name": "Anatoly Serdyukov",
        "country": "RU",
        "role": "Defence Minister of Russia",
        "aliases": ["Serdyukov", "Anatoly Serdyukov", "Anatoliy Serdyukov", "Anatoli Serdyukov"],
        "offices": [("RU:defence_minister", "2007-02-15", "2012-11-06")],
    },
    {
        "name": "Sergei Shoigu",
        "country": "RU",
        "role": "Emergencies Minister; Defence Minister; Security Council Secretary",
        "aliases": [
            "Shoigu",
            "Shoygu",
            "Sergei Shoigu",
            "Sergey Shoigu",
            "Sergei Shoygu",
            "Sergey Shoygu",
            "Sergei Kuzhugetovich Shoigu",
        ],
        "offices": [
            (
                "RU:emergencies_minister",
                "1991-11-17",
                "2012-05-11",
            ),  # unsure: start day; state committee chairman until 1994-01, minister since
            ("RU:governor_of_moscow_oblast", "2012-05-11", "2012-11-06"),
            ("RU:defence_minister", "2012-11-06", "2024-05-12"),
            ("RU:security_council_secretary", "2024-05-12", None),
        ],
    },
    {
        "name": "Andrei Belousov",
        "country": "RU",
        "role": "Defence Minister of Russia (from 2024)",
        "aliases": ["Belousov", "Andrei Belousov", "Andrey Belousov"],
        "offices": [
            ("RU:economy_minister", "2012-05-21", "2013-06-24"),
            ("RU:first_deputy_prime_minister", "2020-01-21", "2024-05-14"),
            ("RU:defence_minister", "2024-05-14", None),
        ],
    },
    # ------------------------------------------------------------------ Russia: interior
    {
        "name": "Anatoly Kulikov",
        "country": "RU",
        "role": "Interior Minister of Russia",
        "aliases": ["Kulikov", "Anatoly Kulikov", "Anatoliy Kulikov"],
        "offices": [("RU:interior_minister", "1995-07-06", "1998-03-23")],
    },
    {
        "name": "Vladimir Rushailo",
        "country": "RU",
        "role": "Interior Minister; Security Council Secretary",
        "aliases": ["Rushailo", "Rushaylo", "Vladimir Rushailo", "Vladimir Rushaylo"],
        "offices": [
            ("RU:interior_minister", "1999-05-21", "2001-03-28"),
            ("RU:security_council_secretary", "2001-03-28", "2004-03-09"),
        ],
    },
    {
        "name": "Boris Gryzlov",
        "country": "RU",
        "role": "Interior Minister; State Duma Speaker",
        "aliases": ["Gryzlov", "Boris Gryzlov"],
        "offices": [
            ("RU:interior_minister", "2001-03-28", "2003-12-24"),
            ("RU:speaker_lower", "2003-12-29", "2011-12-14"),
            ("RU:ambassador_to_BY", "2022-01-10", None),  # unsure: start day (January 2022)
        ],
    },
    {
        "name": "Rashid Nurgaliyev",
        "country": "RU",
        "role": "Interior Minister of Russia",
        "aliases": ["Nurgaliyev", "Nurgaliev", "Rashid Nurgaliyev", "Rashid Nurgaliev"],
        "offices": [("RU:interior_minister", "2003-12-24", "2012-05-21")],  # acting until 2004-03-09
    },
    {
        "name": "Vladimir Kolokoltsev",
        "country": "RU",
        "role": "Interior Minister of Russia",
        "aliases": ["Kolokoltsev", "Kolokoltsov", "Vladimir Kolokoltsev", "Vladimir Kolokoltsov"],
        "offices": [("RU:interior_minister", "2012-05-21", None)],
    },
    # ------------------------------------------------------------------ Russia: security services
    {
        "name": "Nikolai Bordyuzha",
        "country": "RU",
        "role": "Security Council Secretary (1998-1999); CSTO Secretary General",
        "aliases": ["Bordyuzha", "Nikolai Bordyuzha", "Nikolay Bordyuzha"],
        "offices": [
            ("RU:security_council_secretary", "1998-09-14", "1999-03-19"),
            ("RU:kremlin_chief_of_staff", "1998-12-07", "1999-03-19"),
            ("CSTO:secretary_general", "2003-04-28", "2016-12-31"),
        ],
    },
    {
        "name": "Valentin Sobolev",
        "country": "RU",
        "role": "Acting Security Council Secretary (2007-2008)",
        "aliases": ["Sobolev", "Valentin Sobolev"],
        "offices": [("RU:security_council_secretary", "2007-07-18", "2008-05-12")],  # acting
    },
    {
        "name": "Nikolai Patrushev",
        "country": "RU",
        "role": "FSB Director; Security Council Secretary",
        "aliases": ["Patrushev", "Nikolai Patrushev", "Nikolay Patrushev", "Nikolai Platonovich Patrushev"],
        "offices": [
            ("RU:fsb_director", "1999-08-09", "2008-05-12"),
            ("RU:security_council_secretary", "2008-05-12", "2024-05-12"),
            ("RU:presidential_aide", "2024-05-14", None),
        ],
    },
    {
        "name": "Alexander Bortnikov",
        "country": "RU",
        "role": "FSB Director",
        "aliases": ["Bortnikov", "Alexander Bortnikov", "Aleksandr Bortnikov", "Alexandr Bortnikov"],
        "offices": [("RU:fsb_director", "2008-05-12", None)],
    },
    {
        "name": "Viktor Cherkesov",
        "country": "RU",
        "role": "Head of the Federal Drug Control Service",
        "aliases": ["Cherkesov", "Viktor Cherkesov", "Victor Cherkesov"],
        "offices": [("RU:drug_control_head", "2003-03-11", "2008-05-15")],
    },
    {
        "name": "Viktor Ivanov",
        "country": "RU",
        "role": "Head of the Federal Drug Control Service",
        "aliases": ["Viktor Ivanov", "Victor Ivanov", "Viktor Petrovich Ivanov", "Viktor P. Ivanov"],
        "offices": [("RU:drug_control_head", "2008-05-15", "2016-04-05")],
    },
    # ------------------------------------------------------------------ Russia: emergencies
    {
        "name": "Vladimir Puchkov",
        "country": "RU",
        "role": "Emergencies Minister of Russia",
        "aliases": ["Puchkov", "Vladimir Puchkov"],
        "offices": [("RU:emergencies_minister", "2012-05-11", "2018-05-18")],  # acting until 2012-05-21
    },
    {
        "name": "Yevgeny Zinichev",
        "country": "RU",
        "role": "Emergencies Minister of Russia",
        "aliases": ["Zinichev", "Yevgeny Zinichev", "Yevgeniy Zinichev", "Evgeny Zinichev", "Evgeniy Zinichev"],
        "offices": [("RU:emergencies_minister", "2018-05-18", "2021-09-08")],
    },
    {
        "name": "Alexander Chupriyan",
        "country": "RU",
        "role": "Acting Emergencies Minister of Russia (2021-2022)",
        "aliases": ["Chupriyan", "Alexander Chupriyan", "Aleksandr Chupriyan"],
        "offices": [("RU:emergencies_minister", "2021-09-08", "2022-05-25")],  # acting
    },
    {
        "name": "Alexander Kurenkov",
        "country": "RU",
        "role": "Emergencies Minister of Russia",
        "aliases": ["Kurenkov", "Alexander Kurenkov", "Aleksandr Kurenkov"],
        "offices": [("RU:emergencies_minister", "2022-05-25", None)],
    },
    # ------------------------------------------------------------------ Russia: parliament
    {
        "name": "Gennady Seleznyov",
        "country": "RU",
        "role": "State Duma Speaker",
        "aliases": [
            "Seleznyov",
            "Seleznev",
            "Gennady Seleznyov",
            "Gennady Seleznev",
            "Gennadiy Seleznyov",
            "Gennadiy Seleznev",
            "Gennadi Seleznyov",
        ],
        "offices": [("RU:speaker_lower", "1996-01-17", "2003-12-29")],
    },
    {
        "name": "Sergei Naryshkin",
        "country": "RU",
        "role": "Kremlin chief of staff; State Duma Speaker; SVR director",
        "aliases": ["Naryshkin", "Sergei Naryshkin", "Sergey Naryshkin"],
        "offices": [
            ("RU:kremlin_chief_of_staff", "2008-05-12", "2011-12-20"),
            ("RU:speaker_lower", "2011-12-21", "2016-10-05"),
            ("RU:svr_director", "2016-10-05", None),
        ],
    },
    {
        "name": "Vyacheslav Volodin",
        "country": "RU",
        "role": "State Duma Speaker",
        "aliases": ["Volodin", "Vyacheslav Volodin", "Viacheslav Volodin"],
        "offices": [
            ("RU:deputy_prime_minister", "2010-10-21", "2011-12-27"),  # also chief of the government staff
            ("RU:kremlin_first_deputy_chief_of_staff", "2011-12-27", "2016-10-05"),
            ("RU:speaker_lower", "2016-10-05", None),
        ],
    },
    {
        "name": "Yegor Stroyev",
        "country": "RU",
        "role": "Federation Council Speaker",
        "aliases": ["Stroyev", "Stroev", "Yegor Stroyev", "Yegor Stroev", "Egor Stroev", "Egor Stroyev"],
        "offices": [("RU:speaker_upper", "1996-01-23", "2001-12-05")],
    },
    {
        "name": "Sergei Mironov",
        "country": "RU",
        "role": "Federation Council Speaker",
        "aliases": ["Mironov", "Sergei Mironov", "Sergey Mironov"],
        "offices": [("RU:speaker_upper", "2001-12-05", "2011-05-18")],
    },
    {
        "name": "Valentina Matviyenko",
        "country": "RU",
        "role": "Federation Council Speaker",
        "aliases": ["Matviyenko", "Matvienko", "Valentina Matviyenko", "Valentina Matvienko"],
        "offices": [
            ("RU:deputy_prime_minister", "1998-09-24", "2003-03-11"),
            ("RU:governor_of_st_petersburg", "2003-10-15", "2011-08-22"),
            ("RU:speaker_upper", "2011-09-21", None),
        ],
    },
    # ------------------------------------------------------------------ Russia: General Staff
    {
        "name": "Anatoly Kvashnin",
        "country": "RU",
        "role": "Chief of the General Staff of Russia",
        "aliases": ["Kvashnin", "Anatoly Kvashnin", "Anatoliy Kvashnin"],
        "offices": [("RU:chief_of_general_staff", "1997-05-22", "2004-07-19")],  # acting at first
    },
    {
        "name": "Yuri Baluyevsky",
        "country": "RU",
        "role": "Chief of the General Staff of Russia",
        "aliases": [
            "Baluyevsky",
            "Baluevsky",
            "Yuri Baluyevsky",
            "Yury Baluyevsky",
            "Yuri Baluevsky",
            "Yury Baluevsky",
        ],
        "offices": [("RU:chief_of_general_staff", "2004-07-19", "2008-06-03")],
    },
    {
        "name": "Nikolai Makarov",
        "country": "RU",
        "role": "Chief of the General Staff of Russia",
        "aliases": ["Makarov", "Nikolai Makarov", "Nikolay Makarov"],
        "offices": [("RU:chief_of_general_staff", "2008-06-03", "2012-11-09")],
    },
    {
        "name": "Valery Gerasimov",
        "country": "RU",
        "role": "Chief of the General Staff of Russia",
        "aliases": ["Gerasimov", "Valery Gerasimov", "Valeriy Gerasimov", "Valeri Gerasimov"],
        "offices": [("RU:chief_of_general_staff", "2012-11-09", None)],
    },
    # ------------------------------------------------------------------ Russia: Kremlin staff
    {
        "name": "Alexander Voloshin",
        "country": "RU",
        "role": "Kremlin chief of staff",
        "aliases": ["Voloshin", "Alexander Voloshin", "Aleksandr Voloshin"],
        "offices": [("RU:kremlin_chief_of_staff", "1999-03-19", "2003-10-30")],
    },
    {
        "name": "Sergei Sobyanin",
        "country": "RU",
        "role": "Kremlin chief of staff; Mayor of Moscow",
        "aliases": ["Sobyanin", "Sergei Sobyanin", "Sergey Sobyanin"],
        "offices": [
            ("RU:kremlin_chief_of_staff", "2005-11-14", "2008-05-12"),
            ("RU:deputy_prime_minister", "2008-05-12", "2010-10-21"),  # also chief of the government staff
            ("RU:mayor_of_moscow", "2010-10-21", None),
        ],
    },
    {
        "name": "Anton Vaino",
        "country": "RU",
        "role": "Kremlin chief of staff",
        "aliases": ["Vaino", "Vayno", "Anton Vaino", "Anton Vayno"],
        "offices": [("RU:kremlin_chief_of_staff", "2016-08-12", None)],
    },
    {
        "name": "Dmitry Peskov",
        "country": "RU",
        "role": "Kremlin spokesman",
        "aliases": ["Peskov", "Dmitry Peskov", "Dmitri Peskov", "Dmitriy Peskov"],
        "offices": [("RU:kremlin_spokesman", "2012-05-22", None)],  # Putin's spokesman as PM 2008-2012
    },
    {
        "name": "Yuri Ushakov",
        "country": "RU",
        "role": "Kremlin foreign policy aide",
        "aliases": ["Ushakov", "Yuri Ushakov", "Yury Ushakov", "Yuriy Ushakov"],
        "offices": [("RU:foreign_policy_aide", "2012-05-21", None)],
    },
    # ------------------------------------------------------------------ Russia: deputy PMs and economic ministers
    {
        "name": "Alexei Kudrin",
        "country": "RU",
        "role": "Finance Minister and Deputy Prime Minister",
        "aliases": ["Kudrin", "Alexei Kudrin", "Aleksei Kudrin", "Alexey Kudrin"],
        "offices": [
            ("RU:finance_minister", "2000-05-18", "2011-09-26"),
            ("RU:deputy_prime_minister", "2000-05-18", "2004-03-09"),
            ("RU:deputy_prime_minister", "2007-09-24", "2011-09-26"),
            ("RU:audit_chamber_chairman", "2018-05-22", "2022-11-30"),
        ],
    },
    {
        "name": "Igor Shuvalov",
        "country": "RU",
        "role": "First Deputy Prime Minister of Russia",
        "aliases": ["Shuvalov", "Igor Shuvalov"],
        "offices": [("RU:first_deputy_prime_minister", "2008-05-12", "2018-05-18")],
    },
    {
        "name": "Dmitry Rogozin",
        "country": "RU",
        "role": "Deputy Prime Minister (defence industry); Roscosmos head",
        "aliases": ["Rogozin", "Dmitry Rogozin", "Dmitri Rogozin", "Dmitriy Rogozin"],
        "offices": [
            ("RU:deputy_prime_minister", "2011-12-23", "2018-05-07"),
            ("RU:roscosmos_head", "2018-05-24", "2022-07-15"),
        ],
    },
    {
        "name": "Dmitry Kozak",
        "country": "RU",
        "role": "Deputy Prime Minister of Russia",
        "aliases": ["Kozak", "Dmitry Kozak", "Dmitri Kozak", "Dmitriy Kozak"],
        "offices": [("RU:deputy_prime_minister", "2008-10-14", "2020-01-21")],  # acting from 2020-01-15
    },
    {
        "name": "Tatyana Golikova",
        "country": "RU",
        "role": "Deputy Prime Minister (social policy)",
        "aliases": ["Golikova", "Tatyana Golikova", "Tatiana Golikova"],
        "offices": [("RU:deputy_prime_minister", "2018-05-18", None)],
    },
    {
        "name": "Alexander Novak",
        "country": "RU",
        "role": "Energy Minister; Deputy Prime Minister",
        "aliases": ["Novak", "Alexander Novak", "Aleksandr Novak", "Alexandr Novak"],
        "offices": [
            ("RU:energy_minister", "2012-05-21", "2020-11-10"),
            ("RU:deputy_prime_minister", "2020-11-10", None),
        ],
    },
    {
        "name": "Alexei Overchuk",
        "country": "RU",
        "role": "Deputy Prime Minister (CIS and Eurasian integration)",
        "aliases": ["Overchuk", "Alexei Overchuk", "Aleksei Overchuk", "Alexey Overchuk"],
        "offices": [("RU:deputy_prime_minister", "2020-11-10", None)],
    },
    {
        "name": "Denis Manturov",
        "country": "RU",
        "role": "Industry Minister; First Deputy Prime Minister",
        "aliases": ["Manturov", "Denis Manturov"],
        "offices": [
            ("RU:industry_minister", "2012-05-21", "2024-05-14"),
            ("RU:deputy_prime_minister", "2022-07-15", "2024-05-14"),
            ("RU:first_deputy_prime_minister", "2024-05-14", None),
        ],
    },
    {
        "name": "German Gref",
        "country": "RU",
        "role": "Minister of Economic Development and Trade",
        "aliases": ["Gref", "German Gref", "Herman Gref"],
        "offices": [("RU:economy_minister", "2000-05-18", "2007-09-24")],
    },
    {
        "name": "Elvira Nabiullina",
        "country": "RU",
        "role": "Economy Minister; Central Bank governor",
        "aliases": ["Nabiullina", "Elvira Nabiullina"],
        "offices": [
            ("RU:economy_minister", "2007-09-24", "2012-05-21"),
            ("RU:central_bank_governor", "2013-06-24", None),
        ],
    },
    {
        "name": "Alexei Ulyukayev",
        "country": "RU",
        "role": "Minister of Economic Development",
        "aliases": [
            "Ulyukayev",
            "Ulyukaev",
            "Alexei Ulyukayev",
            "Aleksei Ulyukayev",
            "Alexey Ulyukayev",
            "Alexei Ulyukaev",
            "Alexey Ulyukaev",
        ],
        "offices": [("RU:economy_minister", "2013-06-24", "2016-11-15")],
    },
    {
        "name": "Maxim Oreshkin",
        "country": "RU",
        "role": "Minister of Economic Development",
        "aliases": ["Oreshkin", "Maxim Oreshkin", "Maksim Oreshkin"],
        "offices": [("RU:economy_minister", "2016-11-30", "2020-01-21")],
    },
    {
        "name": "Maxim Reshetnikov",
        "country": "RU",
        "role": "Minister of Economic Development",
        "aliases": ["Reshetnikov", "Maxim Reshetnikov", "Maksim Reshetnikov"],
        "offices": [("RU:economy_minister", "2020-01-21", None)],
    },
    {
        "name": "Sergei Shmatko",
        "country": "RU",
        "role": "Energy Minister of Russia",
        "aliases": ["Shmatko", "Sergei Shmatko", "Sergey Shmatko"],
        "offices": [("RU:energy_minister", "2008-05-12", "2012-05-21")],
    },
    {
        "name": "Nikolai Shulginov",
        "country": "RU",
        "role": "Energy Minister of Russia",
        "aliases": ["Shulginov", "Nikolai Shulginov", "Nikolay Shulginov"],
        "offices": [("RU:energy_minister", "2020-11-10", "2024-05-14")],
    },
    {
        "name": "Sergei Tsivilev",
        "country": "RU",
        "role": "Energy Minister of Russia",
        "aliases": ["Tsivilev", "Sergei Tsivilev", "Sergey Tsivilev"],
        "offices": [("RU:energy_minister", "2024-05-14", None)],
    },
    {
        "name": "Yury Luzhkov",
        "country": "RU",
        "role": "Mayor of Moscow",
        "aliases": ["Luzhkov", "Yury Luzhkov", "Yuri Luzhkov", "Yuriy Luzhkov"],
        "offices": [("RU:mayor_of_moscow", "1992-06-06", "2010-09-28")],
    },
    # ------------------------------------------------------------------ Russia: ambassadors to Tajikistan
    {
        "name": "Ramazan Abdulatipov",
        "country": "RU",
        "role": "Russian Ambassador to Tajikistan",
        "aliases": ["Abdulatipov", "Ramazan Abdulatipov"],
        "offices": [("RU:ambassador_to_TJ", "2005-12-01", "2009-03-12")],  # unsure: start date
    },
    {
        "name": "Yuri Popov",
        "country": "RU",
        "role": "Russian Ambassador to Tajikistan",
        "aliases": ["Popov", "Yuri Popov", "Yury Popov", "Yuriy Popov"],
        "offices": [("RU:ambassador_to_TJ", "2009-03-12", "2013-11-01")],  # unsure: end date (2013)
    },
    {
        "name": "Igor Lyakin-Frolov",
        "country": "RU",
        "role": "Russian Ambassador to Tajikistan",
        "aliases": ["Lyakin-Frolov", "Igor Lyakin-Frolov", "Igor Lyakin Frolov"],
        "offices": [("RU:ambassador_to_TJ", "2013-11-01", "2022-08-16")],  # unsure: start month (2013)
    },
    {
        "name": "Semyon Grigoryev",
        "country": "RU",
        "role": "Russian Ambassador to Tajikistan",
        "aliases": [
            "Grigoryev",
            "Grigoriev",
            "Semyon Grigoryev",
            "Semyon Grigoriev",
            "Semen Grigoryev",
            "Semen Grigoriev",
        ],
        "offices": [("RU:ambassador_to_TJ", "2022-08-16", None)],  # unsure: whether still in post in 2026
    },
    # ------------------------------------------------------------------ Tajikistan: head of state, parliament
    {
        "name": "Emomali Rahmon",
        "country": "TJ",
        "role": "President of Tajikistan",
        "aliases": [
            "Rahmon",
            "Rakhmon",
            "Rahmonov",
            "Rakhmonov",
            "Emomali Rahmon",
            "Emomalii Rahmon",
            "Emomali Rakhmon",
            "Emomalii Rakhmon",
            "Emomali Rahmonov",
            "Emomali Rakhmonov",
            "Emomalii Rahmonov",
            "Imomali Rahmon",
            "Imomali Rakhmon",
            "Imomali Rahmonov",
            "Imomali Rakhmonov",
            "Imamali Rakhmonov",
            "Imamali Rahmonov",
            "Emomali Rakhmanov",
            "Imomali Rakhmanov",
            "Emomali Sharipovich Rahmon",
            "Emomali Sharipovich Rahmonov",
            "Emomali Sharipovich Rakhmonov",
            # his title by law since 2015, as Tajik official copy writes it
            "Leader of the Nation",
            "Founder of Peace and National Unity",
        ],
        "offices": [
            # Chairman of the Supreme Council (head of state) from the Khujand session; he dropped "-ov" in 2007
            ("TJ:supreme_council_chairman", "1992-11-19", "1994-11-16"),
            # (the office he is known by comes first: "his Russian counterpart" is the president's)
            ("TJ:president", "1994-11-16", None),
            ("TJ:head_of_state", "1992-11-19", None),
        ],
    },
    {
        "name": "Rustam Emomali",
        "country": "TJ",
        "role": "Mayor of Dushanbe; Chairman of the Majlisi Milli",
        # surname form is "Emomali" (patronymic); bare "Emomali" is the president's first name: never an alias
        "aliases": [
            "Rustam Emomali",
            "Rustami Emomali",
            "Rustam Emomalii",
            "Rustam Rahmonov",
            "Rustam Rakhmonov",
            "Rustami Rakhmon",
            "Rustam Rakhmon",
            "Rustam Rahmon",
        ],
        "offices": [
            ("TJ:anticorruption_agency_head", "2015-03-01", "2017-01-12"),  # unsure: start day (March 2015)
            ("TJ:mayor_of_dushanbe", "2017-01-12", None),
            ("TJ:speaker_upper", "2020-04-17", None),
        ],
    },
    {
        "name": "Mahmadsaid Ubaydulloyev",
        "country": "TJ",
        "role": "Mayor of Dushanbe; Chairman of the Majlisi Milli",
        "aliases": [
            "Ubaydulloyev",
            "Ubaydulloev",
            "Ubaidulloev",
            "Ubaidulloyev",
            "Ubaydullaev",
            "Ubaidullaev",
            "Mahmadsaid Ubaydulloyev",
            "Mahmadsaid Ubaydulloev",
            "Mahmadsaid Ubaidulloev",
            "Mahmadsaid Ubaidulloyev",
            "Makhmadsaid Ubaydulloyev",
            "Makhmadsaid Ubaidulloev",
            "Makhmadsaid Ubaydulloev",
            "Mahmadsaid Ubaydullaev",
            "Makhmadsaid Ubaidullaev",
        ],
        "offices": [
            ("TJ:mayor_of_dushanbe", "1996-12-01", "2017-01-12"),  # unsure: start (sources give 1996 to 1998)
            ("TJ:speaker_upper", "2000-04-01", "2020-04-17"),  # unsure: start day (spring 2000)
        ],
    },
    {
        "name": "Safarali Rajabov",
        "country": "TJ",
        "role": "Chairman of the Supreme Assembly of Tajikistan (1995-2000)",
        "aliases": ["Rajabov", "Safarali Rajabov", "Safarali Radjabov"],
        "offices": [("TJ:speaker_lower", "1995-04-01", "2000-03-27")],  # unsure: days; unicameral Majlisi Oli then
    },
    {
        "name": "Saydullo Khayrulloyev",
        "country": "TJ",
        "role": "Chairman of the Majlisi Namoyandagon (2000-2010)",
        "aliases": [
            "Saydullo Khayrulloyev",
            "Saydullo Khayrulloev",
            "Saidullo Khayrulloyev",
            "Saidullo Khayrulloev",
            "Saidullo Khairulloev",
            "Saidullo Khairulloyev",
            "Saidullo Khairullaev",
            "Saydullo Khairulloev",
            "Sadullo Khayrulloyev",
            "Sadullo Khairulloev",
        ],
        "offices": [("TJ:speaker_lower", "2000-03-27", "2010-03-16")],  # unsure: start day
    },
    {
        "name": "Shukurjon Zuhurov",
        "country": "TJ",
        "role": "Chairman of the Majlisi Namoyandagon (2010-2020)",
        "aliases": ["Zuhurov", "Zukhurov", "Shukurjon Zuhurov", "Shukurjon Zukhurov", "Shukurdzhon Zukhurov"],
        "offices": [("TJ:speaker_lower", "2010-03-16", "2020-03-17")],
    },
    {
        "name": "Mahmadtoir Zokirzoda",
        "country": "TJ",
        "role": "Chairman of the Majlisi Namoyandagon",
        "aliases": [
            "Zokirzoda",
            "Zokirov",
            "Mahmadtoir Zokirzoda",
            "Makhmadtoir Zokirzoda",
            "Mahmadtohir Zokirzoda",
            "Mahmadtoir Zokirov",
            "Makhmadtoir Zokirov",
            "Mahmadtohir Zokirov",
        ],
        "offices": [("TJ:speaker_lower", "2020-03-17", None)],
    },
    # ------------------------------------------------------------------ Tajikistan: prime ministers
    {
        "name": "Abdujalil Samadov",
        "country": "TJ",
        "role": "Prime Minister of Tajikistan (1993-1994)",
        "aliases": ["Samadov", "Abdujalil Samadov", "Abdudjalil Samadov", "Abdujalol Samadov"],
        "offices": [("TJ:prime_minister", "1993-12-18", "1994-12-02")],
    },
    {
        "name": "Jamshed Karimov",
        "country": "TJ",
        "role": "Prime Minister of Tajikistan (1994-1996)",
        "aliases": ["Jamshed Karimov", "Djamshed Karimov", "Dzhamshed Karimov"],
        "offices": [("TJ:prime_minister", "1994-12-02", "1996-02-08")],
    },
    {
        "name": "Yahyo Azimov",
        "country": "TJ",
        "role": "Prime Minister of Tajikistan (1996-1999)",
        "aliases": ["Yahyo Azimov", "Yakhyo Azimov", "Yahye Azimov", "Yakhye Azimov", "Yahya Azimov"],
        "offices": [("TJ:prime_minister", "1996-02-08", "1999-12-20")],
    },
    {
        "name": "Akil Akilov",
        "country": "TJ",
        "role": "Prime Minister of Tajikistan (1999-2013)",
        "aliases": [
            "Akilov",
            "Oqilov",
            "Okilov",
            "Aqilov",
            "Akil Akilov",
            "Oqil Oqilov",
            "Okil Okilov",
            "Aqil Aqilov",
            "Akil Okilov",
            "Oqil Akilov",
        ],
        "offices": [("TJ:prime_minister", "1999-12-20", "2013-11-23")],
    },
    {
        "name": "Kokhir Rasulzoda",
        "country": "TJ",
        "role": "Prime Minister of Tajikistan",
        "aliases": [
            "Rasulzoda",
            "Rasulzade",
            "Rasoulzoda",
            "Rasulov",
            "Kokhir Rasulzoda",
            "Qohir Rasulzoda",
            "Kohir Rasulzoda",
            "Qohir Rasoulzoda",
            "Kokhir Rasulzade",
            "Qohir Rasulzade",
            "Kokhir Rasulov",
            "Qohir Rasulov",
            "Kohir Rasulov",
        ],
        "offices": [("TJ:prime_minister", "2013-11-23", None)],
    },
    # ------------------------------------------------------------------ Tajikistan: foreign ministers
    {
        "name": "Rashid Alimov",
        "country": "TJ",
        "role": "Foreign Minister of Tajikistan (1992-1994); SCO Secretary-General",
        "aliases": ["Alimov", "Rashid Alimov"],
        "offices": [
            ("TJ:foreign_minister", "1992-12-01", "1994-12-01"),  # unsure: days
            ("SCO:secretary_general", "2016-01-01", "2018-12-31"),
        ],
    },
    {
        "name": "Talbak Nazarov",
        "country": "TJ",
        "role": "Foreign Minister of Tajikistan (1994-2006)",
        "aliases": ["Nazarov", "Talbak Nazarov"],
        "offices": [("TJ:foreign_minister", "1994-12-01", "2006-01-04")],  # unsure: days
    },
    {
        "name": "Hamrokhon Zarifi",
        "country": "TJ",
        "role": "Foreign Minister of Tajikistan (2006-2013)",
        "aliases": [
            "Zarifi",
            "Zarifov",
            "Hamrokhon Zarifi",
            "Khamrokhon Zarifi",
            "Hamrokhon Zarifov",
            "Khamrokhon Zarifov",
            "Hamrohon Zarifi",
            "Khamrakhon Zarifi",
        ],
        "offices": [("TJ:foreign_minister", "2006-01-04", "2013-11-28")],  # unsure: days
    },
    {
        "name": "Sirojiddin Muhriddin",
        "country": "TJ",
        "role": "Foreign Minister of Tajikistan",
        # named Sirojiddin Aslov until May 2018
        "aliases": [
            "Aslov",
            "Muhriddin",
            "Mukhriddin",
            "Sirojiddin Aslov",
            "Sirodjiddin Aslov",
            "Sirodzhiddin Aslov",
            "Sirojidin Aslov",
            "Sirodjidin Aslov",
            "Sirojiddin Muhriddin",
            "Sirojiddin Mukhriddin",
            "Sirodjiddin Mukhriddin",
            "Sirodzhiddin Mukhriddin",
            "Sirojidin Muhriddin",
        ],
        "offices": [("TJ:foreign_minister", "2013-11-28", None)],  # unsure: start day (November 2013)
    },
    # ------------------------------------------------------------------ Tajikistan: defence
    {
        "name": "Sherali Khayrulloyev",
        "country": "TJ",
        "role": "Defence Minister of Tajikistan (1995-2013)",
        "aliases": [
            "Sherali Khayrulloyev",
            "Sherali Khayrulloev",
            "Sherali Khairulloev",
            "Sherali Khairulloyev",
            "Sherali Hairulloev",
            "Sherali Khairullaev",
            "Sherali Khayrullaev",
        ],
        "offices": [("TJ:defence_minister", "1995-01-01", "2013-11-20")],  # unsure: start day (1995)
    },
    {
        "name": "Sherali Mirzo",
        "country": "TJ",
        "role": "Defence Minister of Tajikistan (2013-2025)",
        "aliases": ["Mirzo", "Sherali Mirzo", "Sheralisho Mirzo"],
        "offices": [
            ("TJ:border_troops_commander", "2006-12-05", "2013-11-20"),
            ("TJ:defence_minister", "2013-11-20", "2025-01-23"),
        ],
    },
    {
        "name": "Emomali Sobirzoda",
        "country": "TJ",
        "role": "Defence Minister of Tajikistan (from 2025); earlier Chief of the General Staff",
        "aliases": ["Sobirzoda", "Emomali Sobirzoda"],
        "offices": [("TJ:defence_minister", "2025-01-23", None)],  # chief of general staff before that (start unknown)
    },
    # ------------------------------------------------------------------ Tajikistan: interior
    {
        "name": "Humdin Sharipov",
        "country": "TJ",
        "role": "Interior Minister of Tajikistan",
        "aliases": [
            "Sharipov",
            "Sharifov",
            "Humdin Sharipov",
            "Khumdin Sharipov",
            "Homiddin Sharifov",
            "Khomiddin Sharipov",
            "Khumdin Sharifov",
        ],
        "offices": [("TJ:interior_minister", "1996-01-01", "2006-12-01")],  # unsure: start (mid-1990s) and end day
    },
    {
        "name": "Mahmadnazar Solehov",
        "country": "TJ",
        "role": "Interior Minister of Tajikistan (2006-2009)",
        "aliases": [
            "Solehov",
            "Mahmadnazar Solehov",
            "Makhmadnazar Salikhov",
            "Mahmadnazar Salihov",
            "Makhmadnazar Solekhov",
        ],
        "offices": [("TJ:interior_minister", "2006-12-01", "2009-01-15")],  # unsure: days
    },
    {
        "name": "Abdurahim Qahhorov",
        "country": "TJ",
        "role": "Interior Minister; Security Council Secretary of Tajikistan",
        "aliases": [
            "Qahhorov",
            "Kahhorov",
            "Kakhkhorov",
            "Kahharov",
            "Kakharov",
            "Abdurahim Qahhorov",
            "Abdurakhim Kakhkhorov",
            "Abdurahim Kahhorov",
            "Abdurahim Kahharov",
            "Abdurakhim Kakharov",
            "Abdurakhim Kakhorov",
        ],
        "offices": [
            ("TJ:interior_minister", "2009-01-15", "2012-01-05"),  # unsure: start day (January 2009)
            ("TJ:security_council_secretary", "2012-01-05", "2019-03-04"),  # unsure: start (in post by 2014-2018)
        ],
    },
    {
        "name": "Ramazon Rahimzoda",
        "country": "TJ",
        "role": "Interior Minister of Tajikistan",
        "aliases": [
            "Rahimzoda",
            "Rakhimzoda",
            "Ramazon Rahimzoda",
            "Ramazon Rakhimzoda",
            "Ramazan Rahimzoda",
            "Ramazan Rakhimzoda",
            "Ramazon Rahimov",
            "Ramazon Rakhimov",
            "Ramazan Rakhimov",
            "Ramazan Rahimov",
        ],
        "offices": [("TJ:interior_minister", "2012-01-05", None)],
    },
    # ------------------------------------------------------------------ Tajikistan: security
    {
        "name": "Amirqul Azimov",
        "country": "TJ",
        "role": "Security Council Secretary of Tajikistan",
        "aliases": ["Amirqul Azimov", "Amirkul Azimov", "Amirqoul Azimov"],
        "offices": [
            ("TJ:security_council_secretary", "1996-01-01", "2012-01-05")
        ],  # unsure: days; in post 1996 to at least 2011
    },
    {
        "name": "Mahmadali Vatanzoda",
        "country": "TJ",
        "role": "Security Council Secretary of Tajikistan (2019)",
        "aliases": ["Vatanzoda", "Mahmadali Vatanzoda", "Makhmadali Vatanzoda"],
        "offices": [("TJ:security_council_secretary", "2019-03-04", "2019-12-17")],
    },
    {
        "name": "Nasrullo Mahmudzoda",
        "country": "TJ",
        "role": "Security Council Secretary of Tajikistan (2020-2025)",
        "aliases": [
            "Mahmudzoda",
            "Makhmudzoda",
            "Mahmoudzoda",
            "Nasrullo Mahmudzoda",
            "Nasrullo Makhmudzoda",
            "Nasrullo Mahmoudzoda",
        ],
        "offices": [("TJ:security_council_secretary", "2020-03-06", "2025-01-21")],
    },
    {
        "name": "Khayriddin Abdurahimov",
        "country": "TJ",
        "role": "Minister of Security / Chairman of the GKNB of Tajikistan",
        "aliases": [
            "Abdurahimov",
            "Abdurakhimov",
            "Khayriddin Abdurahimov",
            "Khairiddin Abdurahimov",
            "Khayriddin Abdurakhimov",
            "Khairiddin Abdurakhimov",
            "Hayriddin Abdurahimov",
        ],
        "offices": [("TJ:national_security_chairman", "2001-01-01", "2010-09-02")],  # unsure: start (early 2000s)
    },
    {
        "name": "Saymumin Yatimov",
        "country": "TJ",
        "role": "Chairman of the State Committee for National Security (GKNB) of Tajikistan",
        "aliases": ["Yatimov", "Saymumin Yatimov", "Saimumin Yatimov", "Saidmumin Yatimov"],
        "offices": [("TJ:national_security_chairman", "2010-09-02", None)],
    },
    # ------------------------------------------------------------------ Tajikistan: ambassadors to Russia
    {
        "name": "Abdulmajid Dostiev",
        "country": "TJ",
        "role": "Tajik Ambassador to Russia",
        "aliases": ["Dostiev", "Dostiyev", "Abdulmajid Dostiev", "Abdulmadzhid Dostiev", "Abdulmajid Dostiyev"],
        "offices": [("TJ:ambassador_to_RU", "2008-01-01", "2014-05-15")],  # unsure: start (2008 or 2009), end day
    },
    {
        "name": "Imomuddin Sattorov",
        "country": "TJ",
        "role": "Tajik Ambassador to Russia",
        "aliases": ["Sattorov", "Imomuddin Sattorov", "Imomiddin Sattorov"],
        "offices": [("TJ:ambassador_to_RU", "2014-05-15", "2021-08-02")],  # unsure: start day (May 2014)
    },
    {
        "name": "Davlatsho Gulmahmadzoda",
        "country": "TJ",
        "role": "Tajik Ambassador to Russia",
        "aliases": [
            "Gulmahmadzoda",
            "Gulmakhmadzoda",
            "Gulmahmadov",
            "Davlatsho Gulmahmadzoda",
            "Davlatshoh Gulmahmadzoda",
            "Davlatsho Gulmakhmadzoda",
            "Davlatshoh Gulmakhmadzoda",
            "Davlatsho Gulmahmadov",
            "Davlatshoh Gulmahmadov",
        ],
        "offices": [
            ("TJ:deputy_prime_minister", "2020-02-14", "2021-08-02"),
            ("TJ:ambassador_to_RU", "2021-08-02", None),
        ],
    },
    # ------------------------------------------------------------------ Kyrgyzstan
    {
        "name": "Askar Akayev",
        "country": "KG",
        "role": "President of Kyrgyzstan",
        "aliases": ["Akayev", "Akaev", "Askar Akayev", "Askar Akaev"],
        "offices": [("KG:president", "1990-10-27", "2005-03-24")],  # ousted 2005-03-24, resignation accepted 2005-04-11
    },
    {
        "name": "Kurmanbek Bakiyev",
        "country": "KG",
        "role": "President of Kyrgyzstan",
        "aliases": ["Bakiyev", "Bakiev", "Kurmanbek Bakiyev", "Kurmanbek Bakiev"],
        "offices": [("KG:president", "2005-03-25", "2010-04-07")],  # acting until 2005-08-14
    },
    {
        "name": "Roza Otunbayeva",
        "country": "KG",
        "role": "President of Kyrgyzstan (interim)",
        "aliases": ["Otunbayeva", "Otunbaeva", "Roza Otunbayeva", "Roza Otunbaeva", "Rosa Otunbayeva"],
        "offices": [
            ("KG:president", "2010-04-07", "2011-12-01")
        ],  # head of interim government, president from 2010-07-03
    },
    {
        "name": "Almazbek Atambayev",
        "country": "KG",
        "role": "President of Kyrgyzstan",
        "aliases": ["Atambayev", "Atambaev", "Almazbek Atambayev", "Almazbek Atambaev"],
        "offices": [
            ("KG:prime_minister", "2007-03-29", "2007-11-28"),
            ("KG:prime_minister", "2010-12-17", "2011-12-01"),
            ("KG:president", "2011-12-01", "2017-11-24"),
        ],
    },
    {
        "name": "Temir Sariyev",
        "country": "KG",
        "role": "Prime Minister of Kyrgyzstan",
        "aliases": ["Sariyev", "Sariev", "Temir Sariyev", "Temir Sariev"],
        "offices": [("KG:prime_minister", "2015-05-01", "2016-04-13")],
    },
    {
        "name": "Sooronbay Jeenbekov",
        "country": "KG",
        "role": "President of Kyrgyzstan",
        "aliases": [
            "Jeenbekov",
            "Zheenbekov",
            "Sooronbay Jeenbekov",
            "Sooronbai Jeenbekov",
            "Sooronbay Zheenbekov",
            "Sooronbai Zheenbekov",
        ],
        "offices": [
            ("KG:prime_minister", "2016-04-13", "2017-08-22"),
            ("KG:president", "2017-11-24", "2020-10-15"),
        ],
    },
    {
        "name": "Mukhammedkalyi Abylgaziev",
        "country": "KG",
        "role": "Prime Minister of Kyrgyzstan",
        "aliases": [
            "Abylgaziev",
            "Abylgaziyev",
            "Abulgaziev",
            "Mukhammedkalyi Abylgaziev",
            "Mukhammedkaly Abylgaziev",
            "Muhammetkaliy Abulgaziev",
        ],
        "offices": [("KG:prime_minister", "2018-04-20", "2020-06-15")],
    },
    {
        "name": "Sadyr Japarov",
        "country": "KG",
        "role": "President of Kyrgyzstan",
        "aliases": [
            "Japarov",
            "Zhaparov",
            "Djaparov",
            "Dzhaparov",
            "Sadyr Japarov",
            "Sadyr Zhaparov",
            "Sadyr Djaparov",
            "Sadyr Dzhaparov",
        ],
        "offices": [
            ("KG:prime_minister", "2020-10-10", "2020-11-14"),
            ("KG:president", "2020-10-16", "2020-11-14"),  # acting
            ("KG:president", "2021-01-28", None),
        ],
    },
    # ------------------------------------------------------------------ Uzbekistan
    {
        "name": "Islam Karimov",
        "country": "UZ",
        "role": "President of Uzbekistan",
        "aliases": ["Islam Karimov", "Islom Karimov", "Islam Abduganievich Karimov"],
        "offices": [("UZ:president", "1990-03-24", "2016-09-02")],
    },
    {
        "name": "Shavkat Mirziyoyev",
        "country": "UZ",
        "role": "President of Uzbekistan",
        "aliases": [
            "Mirziyoyev",
            "Mirziyoev",
            "Mirziyaev",
            "Mirzioyev",
            "Shavkat Mirziyoyev",
            "Shavkat Mirziyoev",
            "Shavkat Mirziyaev",
            "Shavkat Mirzioyev",
        ],
        "offices": [
            ("UZ:prime_minister", "2003-12-12", "2016-12-14"),
            ("UZ:president", "2016-09-08", None),  # acting until 2016-12-14
        ],
    },
    {
        "name": "Abdulla Aripov",
        "country": "UZ",
        "role": "Prime Minister of Uzbekistan",
        "aliases": ["Aripov", "Abdulla Aripov"],
        "offices": [("UZ:prime_minister", "2016-12-14", None)],
    },
    # ------------------------------------------------------------------ Kazakhstan
    {
        "name": "Nursultan Nazarbayev",
        "country": "KZ",
        "role": "President of Kazakhstan",
        "aliases": ["Nazarbayev", "Nazarbaev", "Nursultan Nazarbayev", "Nursultan Nazarbaev"],
        "offices": [("KZ:president", "1990-04-24", "2019-03-20")],
    },
    {
        "name": "Kassym-Jomart Tokayev",
        "country": "KZ",
        "role": "President of Kazakhstan",
        "aliases": [
            "Tokayev",
            "Tokaev",
            "Toqaev",
            "Kassym-Jomart Tokayev",
            "Kassym-Zhomart Tokayev",
            "Kasym-Zhomart Tokayev",
            "Kassym-Jomart Tokaev",
            "Qasym-Jomart Toqaev",
            "Kasym-Jomart Tokayev",
        ],
        "offices": [
            ("KZ:foreign_minister", "1994-10-12", "1999-10-01"),
            ("KZ:prime_minister", "1999-10-01", "2002-01-28"),
            ("KZ:foreign_minister", "2002-01-29", "2007-01-11"),
            ("KZ:speaker_upper", "2007-01-11", "2011-04-15"),
            ("KZ:speaker_upper", "2013-10-16", "2019-03-19"),
            ("KZ:president", "2019-03-20", None),
        ],
    },
    {
        "name": "Karim Massimov",
        "country": "KZ",
        "role": "Prime Minister of Kazakhstan; KNB chairman",
        "aliases": ["Massimov", "Masimov", "Karim Massimov", "Karim Masimov"],
        "offices": [
            ("KZ:prime_minister", "2007-01-10", "2012-09-24"),
            ("KZ:prime_minister", "2014-04-02", "2016-09-08"),
            ("KZ:national_security_chairman", "2016-09-08", "2022-01-05"),
        ],
    },
    {
        "name": "Imangali Tasmagambetov",
        "country": "KZ",
        "role": "CSTO Secretary General",
        "aliases": ["Tasmagambetov", "Imangali Tasmagambetov"],
        "offices": [("CSTO:secretary_general", "2023-01-01", None)],
    },
    # ------------------------------------------------------------------ Turkmenistan
    {
        "name": "Saparmurat Niyazov",
        "country": "TM",
        "role": "President of Turkmenistan",
        "aliases": ["Niyazov", "Saparmurat Niyazov", "Saparmurad Niyazov"],
        "offices": [("TM:president", "1990-10-27", "2006-12-21")],
    },
    {
        "name": "Gurbanguly Berdimuhamedow",
        "country": "TM",
        "role": "President of Turkmenistan (2006-2022)",
        "aliases": [
            "Gurbanguly",
            "Gurbanguly Berdimuhamedow",
            "Gurbanguly Berdymukhamedov",
            "Gurbanguly Berdimuhamedov",
            "Gurbanguly Berdymukhammedov",
            "Gurbanguly Berdimuhammedov",
            "Gurbanguly Berdymuhamedov",
            "Gurbanguly Berdymukhamedow",
        ],
        "offices": [
            ("TM:president", "2006-12-21", "2022-03-19"),  # acting until 2007-02-14
            ("TM:speaker_upper", "2021-04-14", "2023-01-21"),  # unsure: chairman of the Halk Maslahaty upper chamber
            ("TM:halk_maslahaty_chairman", "2023-01-21", None),
        ],
    },
    {
        "name": "Serdar Berdimuhamedow",
        "country": "TM",
        "role": "President of Turkmenistan",
        "aliases": [
            "Serdar Berdimuhamedow",
            "Serdar Berdymukhamedov",
            "Serdar Berdymukhamedow",
            "Serdar Berdimuhamedov",
            "Serdar Berdymukhammedov",
            "Serdar Berdimuhammedov",
            "Serdar Berdymuhamedov",
        ],
        "offices": [("TM:president", "2022-03-19", None)],
    },
    # ------------------------------------------------------------------ Belarus
    {
        "name": "Alexander Lukashenko",
        "country": "BY",
        "role": "President of Belarus",
        "aliases": [
            "Lukashenko",
            "Lukashenka",
            "Alexander Lukashenko",
            "Aleksandr Lukashenko",
            "Alexandr Lukashenko",
            "Alyaksandr Lukashenka",
            "Alexander Lukashenka",
        ],
        "offices": [("BY:president", "1994-07-20", None)],
    },
    # ------------------------------------------------------------------ Afghanistan
    {
        "name": "Burhanuddin Rabbani",
        "country": "AF",
        "role": "President of Afghanistan (1992-2001)",
        "aliases": ["Rabbani", "Burhanuddin Rabbani", "Burhanuddin Rabani"],
        "offices": [("AF:president", "1992-06-28", "2001-12-22")],  # lost Kabul to the Taliban 1996-09-27, kept UN seat
    },
    {
        "name": "Hamid Karzai",
        "country": "AF",
        "role": "President of Afghanistan",
        "aliases": ["Karzai", "Hamid Karzai"],
        "offices": [
            ("AF:president", "2001-12-22", "2014-09-29")
        ],  # chairman of the interim administration until 2004-12-07
    },
    {
        "name": "Ashraf Ghani",
        "country": "AF",
        "role": "President of Afghanistan",
        "aliases": ["Ghani", "Ashraf Ghani", "Ashraf Ghani Ahmadzai", "Mohammad Ashraf Ghani"],
        "offices": [("AF:president", "2014-09-29", "2021-08-15")],
    },
    # ------------------------------------------------------------------ China
    {
        "name": "Jiang Zemin",
        "country": "CN",
        "role": "President of China",
        "aliases": ["Jiang Zemin", "Jiang"],
        "offices": [("CN:president", "1993-03-27", "2003-03-15")],
    },
    {
        "name": "Hu Jintao",
        "country": "CN",
        "role": "President of China",
        "aliases": ["Hu Jintao", "Hu"],
        "offices": [("CN:president", "2003-03-15", "2013-03-14")],
    },
    {
        "name": "Xi Jinping",
        "country": "CN",
        "role": "President of China",
        "aliases": ["Xi Jinping", "Xi"],
        "offices": [("CN:president", "2013-03-14", None)],
    },
    {
        "name": "Wen Jiabao",
        "country": "CN",
        "role": "Premier of China",
        "aliases": ["Wen Jiabao", "Wen"],
        "offices": [("CN:prime_minister", "2003-03-16", "2013-03-15")],
    },
    {
        "name": "Li Keqiang",
        "country": "CN",
        "role": "Premier of China",
        "aliases": ["Li Keqiang"],
        "offices": [("CN:prime_minister", "2013-03-15", "2023-03-11")],
    },
    {
        "name": "Li Qiang",
        "country": "CN",
        "role": "Premier of China",
        "aliases": ["Li Qiang"],
        "offices": [("CN:prime_minister", "2023-03-11", None)],
    },
    {
        "name": "Wang Yi",
        "country": "CN",
        "role": "Foreign Minister of China",
        "aliases": ["Wang Yi"],
        "offices": [
            ("CN:foreign_minister", "2013-03-16", "2022-12-30"),
            ("CN:foreign_minister", "2023-07-25", None),
        ],
    },
    # ------------------------------------------------------------------ United States
    {
        "name": "Bill Clinton",
        "country": "US",
        "role": "President of the United States",
        "aliases": ["Bill Clinton", "William Clinton", "William J. Clinton"],
        "offices": [("US:president", "1993-01-20", "2001-01-20")],
    },
    {
        "name": "George W. Bush",
        "country": "US",
        "role": "President of the United States",
        "aliases": ["George W. Bush", "George W Bush", "George Bush"],  # bare "Bush" is a common English word
        "offices": [("US:president", "2001-01-20", "2009-01-20")],
    },
    {
        "name": "Barack Obama",
        "country": "US",
        "role": "President of the United States",
        "aliases": ["Obama", "Barack Obama", "Barack Hussein Obama"],
        "offices": [("US:president", "2009-01-20", "2017-01-20")],
    },
    {
        "name": "Donald Trump",
        "country": "US",
        "role": "President of the United States",
        "aliases": [
            "Trump",
            "Donald Trump",
            "Donald J. Trump",
        ],  # capitalised "Trump" only (matching is case-sensitive)
        "offices": [("US:president", "2017-01-20", "2021-01-20"), ("US:president", "2025-01-20", None)],
    },
    {
        "name": "Joe Biden",
        "country": "US",
        "role": "President of the United States",
        "aliases": ["Biden", "Joe Biden", "Joseph Biden", "Joseph R. Biden"],
        "offices": [("US:vice_president", "2009-01-20", "2017-01-20"), ("US:president", "2021-01-20", "2025-01-20")],
    },
    {
        "name": "Colin Powell",
        "country": "US",
        "role": "US Secretary of State",
        "aliases": ["Powell", "Colin Powell"],
        "offices": [("US:foreign_minister", "2001-01-20", "2005-01-26")],
    },
    {
        "name": "Condoleezza Rice",
        "country": "US",
        "role": "US Secretary of State",
        "aliases": ["Condoleezza Rice", "Condoleeza Rice", "Condi Rice"],  # bare "Rice" is a common English word
        "offices": [
            ("US:national_security_advisor", "2001-01-20", "2005-01-26"),
            ("US:foreign_minister", "2005-01-26", "2009-01-20"),
        ],
    },
    {
        "name": "Hillary Clinton",
        "country": "US",
        "role": "US Secretary of State",
        "aliases": ["Hillary Clinton", "Hillary Rodham Clinton"],
        "offices": [("US:foreign_minister", "2009-01-21", "2013-02-01")],
    },
    {
        "name": "John Kerry",
        "country": "US",
        "role": "US Secretary of State",
        "aliases": ["Kerry", "John Kerry"],
        "offices": [("US:foreign_minister", "2013-02-01", "2017-02-01")],
    },
    {
        "name": "Mike Pompeo",
        "country": "US",
        "role": "US Secretary of State",
        "aliases": ["Pompeo", "Mike Pompeo", "Michael Pompeo"],
        "offices": [("US:foreign_minister", "2018-04-26", "2021-01-20")],
    },
    {
        "name": "Antony Blinken",
        "country": "US",
        "role": "US Secretary of State",
        "aliases": ["Blinken", "Antony Blinken", "Anthony Blinken"],
        "offices": [("US:foreign_minister", "2021-01-26", "2025-01-20")],
    },
    {
        "name": "Marco Rubio",
        "country": "US",
        "role": "US Secretary of State",
        "aliases": ["Rubio", "Marco Rubio"],
        "offices": [("US:foreign_minister", "2025-01-21", None)],
    },
]

# Bare surnames (and surname-like forms) shared by two or more people in PEOPLE, in every spelling that may appear:
# the extractor must not resolve these from the surname alone.
AMBIGUOUS_SURNAMES: set[str] = {
    # Sergei Ivanov, Igor Ivanov, Viktor Ivanov
    "Ivanov",
    # Islam Karimov (UZ), Jamshed Karimov (TJ)
    "Karimov",
    # Yahyo Azimov, Amirqul Azimov (TJ)
    "Azimov",
    # Sherali Khayrulloyev (defence), Saydullo Khayrulloyev (speaker)
    "Khayrulloyev",
    "Khayrulloev",
    "Khairulloev",
    "Khairulloyev",
    "Hairulloev",
    "Khairullaev",
    "Khayrullaev",
    # Gurbanguly and Serdar Berdimuhamedow
    "Berdimuhamedow",
    "Berdimuhamedov",
    "Berdymukhamedov",
    "Berdymukhammedov",
    "Berdimuhammedov",
    "Berdymuhamedov",
    "Berdymukhamedow",
    # Bill and Hillary Clinton
    "Clinton",
    # Li Keqiang, Li Qiang
    "Li",
    # "Emomali": the president's first name, Rustam Emomali's surname form, Emomali Sobirzoda's first name
    "Emomali",
    "Emomalii",
}

PLACES: list[dict] = [
    # Russia
    {
        "name": "Moscow",
        "country": "RU",
        "aliases": ["Moscow", "Russian capital", "capital of Russia", "capital of the Russian Federation"],
    },
    {
        "name": "St Petersburg",
        "country": "RU",
        "aliases": [
            "St Petersburg",
            "St. Petersburg",
            "Saint Petersburg",
            "Saint-Petersburg",
            "St.Petersburg",
            "Sankt-Peterburg",
        ],
    },
    {"name": "Sochi", "country": "RU", "aliases": ["Sochi"]},
    {"name": "Bocharov Ruchei", "country": "RU", "aliases": ["Bocharov Ruchei", "Bocharov Ruchey"]},
    {"name": "Kazan", "country": "RU", "aliases": ["Kazan"]},
    {"name": "Yekaterinburg", "country": "RU", "aliases": ["Yekaterinburg", "Ekaterinburg", "Yekaterinburgh"]},
    {
        "name": "Novo-Ogaryovo",
        "country": "RU",
        "aliases": ["Novo-Ogaryovo", "Novo-Ogarevo", "Novo Ogaryovo", "Novo Ogarevo", "Novo-Ogaryevo", "Novo-Ogarievo"],
    },
    {"name": "Ufa", "country": "RU", "aliases": ["Ufa"]},
    {"name": "Novosibirsk", "country": "RU", "aliases": ["Novosibirsk"]},
    {"name": "Chelyabinsk", "country": "RU", "aliases": ["Chelyabinsk"]},
    {"name": "Orenburg", "country": "RU", "aliases": ["Orenburg"]},
    {"name": "Samara", "country": "RU", "aliases": ["Samara"]},
    {"name": "Krasnoyarsk", "country": "RU", "aliases": ["Krasnoyarsk"]},
    {"name": "Vladivostok", "country": "RU", "aliases": ["Vladivostok"]},
    {"name": "Kaliningrad", "country": "RU", "aliases": ["Kaliningrad"]},
    # Tajikistan
    {
        "name": "Dushanbe",
        "country": "TJ",
        "aliases": [
            "Dushanbe",
            "Tajik capital",
            "Tajikistani capital",
            "capital of Tajikistan",
            "capital of the Republic of Tajikistan",
        ],
    },
    {
        "name": "Khujand",
        "country": "TJ",
        "aliases": ["Khujand", "Khojand", "Khudzhand", "Khodzhent", "Khojent", "Leninabad"],
    },
    {"name": "Kulob", "country": "TJ", "aliases": ["Kulob", "Kulyab", "Kulab", "Kulob city"]},
    {
        "name": "Bokhtar",
        "country": "TJ",
        "aliases": [
            "Bokhtar",
            "Bohtar",
            "Qurghonteppa",
            "Qurghon-Teppa",
            "Qurgonteppa",
            "Kurgan-Tyube",
            "Kurgan-Tube",
            "Kurgan Tyube",
            "Kurgonteppa",
            "Kurgan-Tyuba",
        ],
    },
    {"name": "Khorog", "country": "TJ", "aliases": ["Khorog", "Khorugh", "Khorogh"]},
    {"name": "Istaravshan", "country": "TJ", "aliases": ["Istaravshan", "Ura-Tyube", "Ura-Tube", "Uroteppa"]},
    {
        "name": "Panjakent",
        "country": "TJ",
        "aliases": ["Panjakent", "Panjikent", "Penjikent", "Pendzhikent", "Panjkent"],
    },
    {"name": "Rogun", "country": "TJ", "aliases": ["Rogun", "Roghun"]},
    {"name": "Nurek", "country": "TJ", "aliases": ["Nurek", "Norak"]},
    {"name": "Sangtuda", "country": "TJ", "aliases": ["Sangtuda"]},
    {"name": "Varzob", "country": "TJ", "aliases": ["Varzob"]},
    {"name": "Danghara", "country": "TJ", "aliases": ["Danghara", "Dangara"]},
    {
        "name": "Ayni airbase",
        "country": "TJ",
        "aliases": [
            "Ayni airbase",
            "Aini airbase",
            "Ayni air base",
            "Aini air base",
            "Ayni airfield",
            "Aini airfield",
            "Ayni",
            "Aini",
        ],
    },
    # Kyrgyzstan
    {"name": "Bishkek", "country": "KG", "aliases": ["Bishkek"]},
    {"name": "Cholpon-Ata", "country": "KG", "aliases": ["Cholpon-Ata", "Cholpon Ata", "Tcholpon-Ata"]},
    {"name": "Kant airbase", "country": "KG", "aliases": ["Kant airbase", "Kant air base", "Kant airfield", "Kant"]},
    {"name": "Osh", "country": "KG", "aliases": ["Osh"]},
    # Uzbekistan
    {"name": "Tashkent", "country": "UZ", "aliases": ["Tashkent", "Toshkent"]},
    {"name": "Samarkand", "country": "UZ", "aliases": ["Samarkand", "Samarqand"]},
    {"name": "Termez", "country": "UZ", "aliases": ["Termez", "Termiz"]},
    # Kazakhstan
    {"name": "Astana", "country": "KZ", "aliases": ["Astana", "Nur-Sultan", "Nursultan", "Nur Sultan", "Akmola"]},
    {"name": "Almaty", "country": "KZ", "aliases": ["Almaty", "Alma-Ata", "Alma Ata"]},
    # Turkmenistan
    {"name": "Ashgabat", "country": "TM", "aliases": ["Ashgabat", "Ashkhabad", "Ashgabad"]},
    {"name": "Avaza", "country": "TM", "aliases": ["Avaza"]},
    # Belarus
    {"name": "Minsk", "country": "BY", "aliases": ["Minsk"]},
    # China
    {"name": "Beijing", "country": "CN", "aliases": ["Beijing", "Peking"]},
    {"name": "Shanghai", "country": "CN", "aliases": ["Shanghai"]},
    {"name": "Qingdao", "country": "CN", "aliases": ["Qingdao", "Tsingtao"]},
    {"name": "Tianjin", "country": "CN", "aliases": ["Tianjin"]},
    # Caucasus
    {"name": "Yerevan", "country": "AM", "aliases": ["Yerevan", "Erevan"]},
    {"name": "Baku", "country": "AZ", "aliases": ["Baku"]},
    # Afghanistan
    {"name": "Kabul", "country": "AF", "aliases": ["Kabul"]},
    {
        "name": "Mazar-i-Sharif",
        "country": "AF",
        "aliases": ["Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar-e Sharif", "Mazari Sharif"],
    },
    {"name": "Kunduz", "country": "AF", "aliases": ["Kunduz", "Konduz"]},
    # United States
    {"name": "New York", "country": "US", "aliases": ["New York"]},
    {"name": "Washington", "country": "US", "aliases": ["Washington", "Washington, D.C.", "Washington DC"]},
]
