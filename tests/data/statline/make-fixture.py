#!/usr/bin/env python3
"""Writes the StatLine fixtures of this folder: an export shaped like RIVM table 50120NED
(figures of the fictional municipality Voorbeeldstad, GM9001, its wijken and buurten, two other
municipalities, a GGD region and the Netherlands; four rounds, three age groups, the value and
its 95% bounds) and the code lists that come with such a table. The figures are made up."""

regions = [  # code, municipality name column, kind column, margin of the 95% interval
    ("NL01", "Nederland", "Land", 0.3),
    ("GG9901", "GGD Voorbeeldregio", "GGD-regio", 0.9),
    ("GM9001", "Voorbeeldstad", "Gemeente", 1.9),
    ("GM9002", "Vergelijkstad", "Gemeente", 2.1),
    ("GM9003", "Rivierdal", "Gemeente", 2.4),
    ("WK900101", "Voorbeeldstad", "Wijk", 3.6),
    ("WK900102", "Voorbeeldstad", "Wijk", 3.0),
    ("WK900103", "Voorbeeldstad", "Wijk", 3.9),
    ("WK900104", "Voorbeeldstad", "Wijk", 4.2),
    ("BU90010101", "Voorbeeldstad", "Buurt", 5.8),
    ("BU90010102", "Voorbeeldstad", "Buurt", 6.4),
    ("BU90010201", "Voorbeeldstad", "Buurt", 6.1),
    ("BU90010301", "Voorbeeldstad", "Buurt", 6.9),
    ("BU90010401", "Voorbeeldstad", "Buurt", 7.2),
    ("WK900201", "Vergelijkstad", "Wijk", 3.8),
]
names = {"NL01": "Nederland", "GG9901": "GGD Voorbeeldregio", "GM9001": "Voorbeeldstad",
         "GM9002": "Vergelijkstad", "GM9003": "Rivierdal", "WK900101": "Centrum", "WK900102": "De Horst",
         "WK900103": "Kanaalzone", "WK900104": "Oost", "BU90010101": "Binnenstad",
         "BU90010102": "Stationskwartier", "BU90010201": "Horsterveld", "BU90010301": "Havenkwartier",
         "BU90010401": "Oosterweide", "WK900201": "Vergelijkstad-West"}
periods = ["2016JJ00", "2020JJ00", "2022JJ00", "2024JJ00"]
ages = [("20300", "18 jaar of ouder", 0.0), ("53115", "18 tot 65 jaar", -2.5), ("21700", "65 jaar of ouder", 4.0)]
# 18 years and older, per round.
lonely = {"NL01": [43.0, 47.0, 48.6, 47.5], "GG9901": [42.5, 46.0, 47.9, 46.9],
          "GM9001": [45.2, 46.1, 47.0, 43.1], "GM9002": [44.0, 45.5, 47.0, 46.4], "GM9003": [39.5, 42.0, 43.2, 42.8],
          "WK900101": [43.0, 44.5, 46.0, 45.9], "WK900102": [49.0, 50.5, 52.0, 49.5],
          "WK900103": [51.5, 53.8, 55.0, 51.0], "WK900104": [40.1, 41.0, 41.8, 36.2],
          "BU90010101": [45.0, 46.2, 47.3, 46.8], "BU90010102": [41.2, 43.0, 44.6, 45.1],
          "BU90010201": [49.0, 50.1, 51.0, 49.9], "BU90010301": [52.0, 54.5, 56.2, 52.6],
          "BU90010401": [39.0, 40.2, 40.9, 37.5], "WK900201": [45.0, 46.0, 47.5, 47.0]}
severe = {"NL01": [10.5, 11.0, 14.0, 12.9], "GG9901": [10.2, 10.8, 13.5, 12.6],
          "GM9001": [11.5, 12.4, 13.0, 12.1], "GM9002": [10.9, 11.6, 12.8, 12.5], "GM9003": [9.1, 9.8, 10.6, 10.3],
          "WK900101": [10.9, 11.8, 12.6, 12.2], "WK900102": [13.6, 14.5, 15.4, 14.6],
          "WK900103": [15.0, 16.1, 17.2, 16.0], "WK900104": [8.9, 9.6, 10.0, 9.4],
          "BU90010101": [11.2, 12.0, 12.9, 12.5], "BU90010102": [10.1, 11.0, 11.6, 11.8],
          "BU90010201": [13.0, 13.8, 14.3, 14.5], "BU90010301": [15.8, 16.9, 17.8, 16.5],
          "BU90010401": [8.2, 8.9, 9.3, 8.8], "WK900201": [11.0, 11.9, 12.9, 12.6]}
values = {"Eenzaam": lonely, "ErnstigZeerErnstigEenzaam": severe,
          "EmotioneelEenzaam": {r: [round(v * 0.7, 1) for v in vs] for r, vs in lonely.items()},
          "SociaalEenzaam": {r: [round(v * 0.74, 1) for v in vs] for r, vs in lonely.items()}}
topics = [("Eenzaam", "Eenzaam_27", "Eenzaam"),
          ("ErnstigZeerErnstigEenzaam", "ErnstigZeerErnstigEenzaam_28", "Ernstig of zeer ernstig eenzaam"),
          ("EmotioneelEenzaam", "EmotioneelEenzaam_29", "Emotioneel eenzaam"),
          ("SociaalEenzaam", "SociaalEenzaam_30", "Sociaal eenzaam")]
scale = {"Eenzaam": 1.0, "ErnstigZeerErnstigEenzaam": 0.63, "EmotioneelEenzaam": 0.9, "SociaalEenzaam": 0.9}


def margin(key, code, base):
    if key == "ErnstigZeerErnstigEenzaam" and code == "GM9001":
        return 1.2
    return base * scale[key]


def figure(key, code, period, age_offset):
    """The value, lower and upper bound (None when the buurt had too few answers)."""
    if code == "BU90010401" and period == "2016JJ00":
        return None
    base = dict((r[0], r[3]) for r in regions)[code]
    v = values[key][code][periods.index(period)] + age_offset * (0.3 if key == "ErnstigZeerErnstigEenzaam" else 1.0)
    m = margin(key, code, base)
    return round(v, 1), round(v - m, 1), round(v + m, 1)


def main():
    header = ["ID", "Marges", "Leeftijd", "Perioden", "WijkenEnBuurten", "Gemeentenaam_1", "SoortRegio_2",
              "Codering_3"] + [column for _, column, _ in topics]
    lines = [";".join('"%s"' % h for h in header)]
    number = 0
    for which, code_of_margin in enumerate(["MW00000", "MOG0095", "MBG0095"]):
        for age, _, offset in ages:
            for period in periods:
                for code, municipality, kind, _ in regions:
                    row = [str(number), code_of_margin, age, period, code.ljust(10), municipality.ljust(24),
                           kind.ljust(10), code.ljust(10)]
                    for key, _, _ in topics:
                        f = figure(key, code, period, offset)
                        row.append("       ." if f is None else "%8.1f" % f[which])
                    lines.append(";".join('"%s"' % field for field in row))
                    number += 1
    with open("50120NED_voorbeeldstad.csv", "w", newline="") as out:
        out.write("\r\n".join(lines) + "\r\n")
    with open("Leeftijd.csv", "w") as out:
        out.write('"Key";"Title";"Description"\n')
        out.writelines('"%s";"%s";""\n' % (code, label) for code, label, _ in ages)
    with open("WijkenEnBuurten.csv", "w") as out:
        out.write('"Key";"Title";"Description";"DetailRegionCode"\n')
        out.writelines('"%s";"%s";"";""\n' % (code.ljust(10), names[code]) for code, _, _, _ in regions)
    with open("DataProperties.csv", "w") as out:
        out.write('"Key";"Title";"Unit";"Decimals"\n')
        out.writelines('"%s";"%s";"%%";"1"\n' % (column, title) for _, column, title in topics)


if __name__ == "__main__":
    main()
