"""Write N synthetic raw articles in the seed's scraped shape, deterministically.

    python bench/importing/generate.py 1000 bench/out/corpus-1000

Each article has a repeated headline, a wire or aggregator dateline, two to four people
with roles (drawn from a pool, so people recur across articles), a programme with an
acronym, phase and end date, quotes (one opened with a closing mark) and PREV/NEXT residue.
"""

import random
import sys
from pathlib import Path

FIRST = "Amadou Fatou Jean Marie Ibrahima Aminata Moussa Awa Cheikh Khady Ousmane Mariama".split()
LAST = "Diallo Ndiaye Sow Fall Diop Ba Sy Faye Cisse Gueye Kane Mbaye Sarr Thiam Camara".split()
ROLES = [
    "Minister of the Interior",
    "Minister of Health",
    "EU Ambassador to {city}",
    "Director of the National Police",
    "Governor of the Central Bank",
    "Mayor of {city}",
]
CITIES = "Dakar Abidjan Bamako Accra Lagos Nairobi Niamey Conakry Lome Cotonou".split()
COUNTRIES = "Senegal Mali Ghana Nigeria Kenya Niger Guinea Togo Benin Gambia".split()
PROGRAMS = [
    ("Joint Border Partnership", "JBP"),
    ("Safe Migration Initiative", "SMI"),
    ("Coastal Security Programme", "CSP"),
    ("Rural Water Facility", "RWF"),
    ("Digital Justice Project", "DJP"),
]
MONTHS = "January February March April May June July August September October November".split()
TOPICS = ["migrant smuggling", "human trafficking", "border security", "public health"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(n: int, rng: random.Random) -> str:
    city, country = rng.choice(CITIES), rng.choice(COUNTRIES)
    name, acronym = rng.choice(PROGRAMS)
    phase, topic = rng.randint(1, 4), rng.choice(TOPICS)
    people = [(person(rng), rng.choice(ROLES).format(city=city)) for _ in range(rng.randint(2, 4))]
    title = f"{country} and the EU launch phase {phase} of the {name} on {topic} ({n})"
    lines = [title, "", title, title, ""]
    lines.append(
        f"The government of {country} and the European Union (EU) launched, Thursday in {city}, "
        f"phase {phase} of the “{name}” ({acronym} {phase}) programme against {topic}."
    )
    for who, role in people:
        lines += [
            "",
            f"“This programme answers the needs of {country} and its partners in the region,” "
            f"declared the {role}, {who}, during the ceremony.",
        ]
    lines += [
        "",
        f"{acronym} {phase} will be implemented until {rng.choice(MONTHS)} "
        f"{rng.randint(2025, 2030)} "
        f"and will focus on three areas, namely “training of officers”, cross-border "
        f"intelligence and the protection of victims, said {people[0][0]}.",
        "",
        f"”Fighting {topic} is of paramount importance for {country},” said {people[-1][0]}.",
        "",
        "-",
        "",
        f"PREV Another story about {rng.choice(CITIES)}",
        f"NEXT Yet another story about {rng.choice(COUNTRIES)}",
    ]
    return "\n".join(lines) + "\n"


def generate(count: int, folder: Path, *, seed: int = 7) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for n in range(count):
        (folder / f"{n:06}.txt").write_text(article(n, rng), encoding="utf-8")
    return folder


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]))
