"""The languages the demo interprets and version 1 of each consent text.

New wording is added as a new version (admin or a later migration); a recorded
consent keeps pointing at the exact text that was shown.
"""

from django.db import migrations

LANGUAGES = [("en", "English"), ("es", "Español")]

TEXTS = {
    ("interpretation", "en"): (
        "This visit uses machine interpretation. Your speech is recognised and translated "
        "by software running on the clinic's own servers, and the other person hears it in "
        "their language in a synthetic voice. Names, numbers and other identifiers are "
        "removed before anything is written down. You may stop it at any time and ask for "
        "a human interpreter."
    ),
    ("interpretation", "es"): (
        "Esta consulta usa interpretación automática. Un programa que funciona en los "
        "servidores de la clínica reconoce y traduce lo que usted dice, y la otra persona "
        "lo escucha en su idioma con una voz sintética. Los nombres, números y otros datos "
        "que le identifican se eliminan antes de guardar nada por escrito. Puede detenerla "
        "en cualquier momento y pedir un intérprete humano."
    ),
    ("transcript", "en"): (
        "With your permission the clinic keeps a written record of what was said in this "
        "visit, with names, numbers and other identifiers removed. Without it, nothing said "
        "is kept after the visit."
    ),
    ("transcript", "es"): (
        "Con su permiso, la clínica guarda un registro escrito de lo que se dijo en esta "
        "consulta, sin nombres, números ni otros datos que le identifiquen. Sin su permiso, "
        "no se guarda nada de lo dicho después de la consulta."
    ),
    ("voice_cloning", "en"): (
        "Optional: the translation of your speech can be spoken in a voice that sounds like "
        "yours, made from a short recording of you. The recording is encrypted, used only "
        "for this purpose and deleted as soon as you withdraw this permission. Without it, "
        "a standard synthetic voice is used."
    ),
    ("voice_cloning", "es"): (
        "Opcional: la traducción de lo que usted dice puede oírse con una voz parecida a la "
        "suya, creada a partir de una grabación corta. La grabación se guarda cifrada, solo "
        "se usa para esto y se borra en cuanto usted retire este permiso. Sin él, se usa una "
        "voz sintética estándar."
    ),
}


def add(apps, schema_editor):
    Language = apps.get_model("telehealth", "Language")
    ConsentText = apps.get_model("telehealth", "ConsentText")
    for code, name in LANGUAGES:
        Language.objects.get_or_create(code=code, defaults={"name": name})
    for (scope, language), body in TEXTS.items():
        ConsentText.objects.get_or_create(
            scope=scope, version="1", language_id=language, defaults={"body": body}
        )


class Migration(migrations.Migration):
    dependencies = [("telehealth", "0001_initial")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
