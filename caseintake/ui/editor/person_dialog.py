"""Adding or changing a person: the profile, and for a protected person the vault identity.

Who is protected follows the domain rule (victims, guardians, accused relatives and household
members; a witness when recorded with an identity): the dialog shows the identity fields for
them and a plain name field for everyone else, so a child's name is never typed where a plain
name would be stored.
"""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QCheckBox, QGroupBox, QSpinBox, QWidget

from caseintake.domain.checks import check_person
from caseintake.domain.errors import InvalidInput
from caseintake.domain.records import Identity, Person, is_minor, is_protected
from caseintake.ui.country_picker import CountryPicker
from caseintake.ui.editor.dialogs import RecordDialog, line, text_or_none
from caseintake.ui.editor.widgets import OptionalDateEdit, code_combo, form_layout, hint_label, select_code


class PersonDialog(RecordDialog):
    """`identity` is the revealed (or typed) identity to edit; `identity_locked` keeps a saved
    person's vault untouched when it was not revealed."""

    def __init__(
        self,
        person: Person | None,
        *,
        saved: bool,
        identity: Identity | None,
        identity_locked: bool,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a person") if person is None else self.tr("Person")
        super().__init__(title, "personDialog", self._check, parent)
        self.saved = saved
        self.identity_locked = identity_locked
        # A copy keeps what this dialog does not show (id, pseudonym, birth year, court data).
        self.base = copy.deepcopy(person) if person is not None else Person(role="victim")
        self.role = code_combo("role", object_name="personRoleCombo")
        self.role.setAccessibleName(self.tr("Role"))
        select_code(self.role, self.base.role)
        self.relationship = code_combo(
            "relationship", none_label=self.tr("Not recorded"), object_name="relationshipCombo"
        )
        self.relationship.setAccessibleName(self.tr("Relationship to the victim"))
        select_code(self.relationship, self.base.relationship)
        self.sex = code_combo("sex", none_label=self.tr("Not recorded"), object_name="sexCombo")
        self.sex.setAccessibleName(self.tr("Sex"))
        select_code(self.sex, self.base.sex)
        self.age = QSpinBox()
        self.age.setObjectName("ageSpin")
        self.age.setAccessibleName(self.tr("Age at intake"))
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("Not known"))
        self.age.setValue(-1 if self.base.age is None else self.base.age)
        self.nationality = CountryPicker(self.base.nationality, "nationalityPicker")
        self.nationality.setAccessibleName(self.tr("Nationality"))
        self.protect = QCheckBox(self.tr("Protect: keep the identity in the vault, known by initials"))
        self.protect.setObjectName("protectCheck")
        self.protect.setChecked(self.base.identity is not None or identity is not None or identity_locked)
        self.protect.setEnabled(not saved)
        self.name = line(
            self.base.name or "",
            "plainNameEdit",
            self.tr("only for people who need no protection, e.g. a foreign offender"),
        )
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setAccessibleDescription(self.tr("Only for people who need no protection"))
        ident = identity or Identity(legal_name="")
        self.legal_name = line(ident.legal_name, "legalNameEdit")
        self.legal_name.setAccessibleName(self.tr("Legal name"))
        self.aliases = line("; ".join(ident.aliases), "aliasesEdit", self.tr("separate with ;"))
        self.aliases.setAccessibleName(self.tr("Aliases"))
        self.birth_date = OptionalDateEdit(self.tr("Known"))
        self.birth_date.setObjectName("birthDateEdit")
        self.birth_date.check.setAccessibleName(self.tr("Birth date known"))
        self.birth_date.date.setAccessibleName(self.tr("Birth date"))
        self.birth_date.set_value(ident.birth_date)
        self.address = line(ident.address or "", "addressEdit")
        self.address.setAccessibleName(self.tr("Address"))
        self.school = line(ident.school or "", "schoolEdit")
        self.school.setAccessibleName(self.tr("School"))
        self.contact = line(ident.contact or "", "contactEdit", self.tr("phone or e-mail"))
        self.contact.setAccessibleName(self.tr("Contact"))

        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("Relationship to the &victim:"), self.relationship)
        self.form.addRow(self.tr("&Sex:"), self.sex)
        self.form.addRow(self.tr("&Age at intake:"), self.age)
        self.form.addRow(self.tr("&Nationality:"), self.nationality)
        self.form.addRow("", self.protect)
        self.form.addRow(self.tr("Na&me:"), self.name)
        self.vault = QGroupBox(self.tr("Identity (kept in the vault)"))
        self.vault.setObjectName("identityGroup")
        vault_form = form_layout()
        vault_form.addRow(
            hint_label(self.tr("Shown only to staff allowed to reveal it, and never printed or exported."))
        )
        vault_form.addRow(self.tr("&Legal name:"), self.legal_name)
        vault_form.addRow(self.tr("Al&iases:"), self.aliases)
        vault_form.addRow(self.tr("&Birth date:"), self.birth_date)
        vault_form.addRow(self.tr("A&ddress:"), self.address)
        vault_form.addRow(self.tr("S&chool:"), self.school)
        vault_form.addRow(self.tr("&Contact:"), self.contact)
        if identity_locked:
            vault_form.addRow(hint_label(self.tr("Reveal the identity first to change it.")))
        self.vault.setLayout(vault_form)
        self.vault.setEnabled(not identity_locked)
        self.body.insertWidget(1, self.vault)
        for combo in (self.role, self.relationship):
            combo.currentIndexChanged.connect(self._update_protection)
        self.protect.toggled.connect(self._update_protection)
        self.age.valueChanged.connect(self._update_protection)
        self._update_protection()
        self.field_widgets = {
            "role": self.role,
            "relationship": self.relationship,
            "sex": self.sex,
            "age": self.age,
            "nationality": self.nationality,
            "name": self.name,
            "identity": self.legal_name,
            "legal_name": self.legal_name,
            "aliases": self.aliases,
            "birth_date": self.birth_date.check,
            "address": self.address,
            "school": self.school,
            "contact": self.contact,
        }

    def protected(self) -> bool:
        role = self.role.currentData()
        age = self.age.value()
        return is_protected(
            role,
            self.relationship.currentData(),
            has_identity=self.protect.isChecked(),
            minor=is_minor(age if age >= 0 else None, None),
        )

    def _update_protection(self) -> None:
        role = self.role.currentData()
        optional = role in ("witness", "other")
        self.form.setRowVisible(self.protect, optional)
        self.form.setRowVisible(self.relationship, role != "victim")
        protected = self.protected()
        self.form.setRowVisible(self.name, not protected)
        self.vault.setVisible(protected)
        self.adjustSize()

    def identity(self) -> Identity:
        return Identity(
            legal_name=self.legal_name.text().strip(),
            aliases=tuple(a.strip() for a in self.aliases.text().split(";") if a.strip()),
            birth_date=self.birth_date.value(),
            address=text_or_none(self.address),
            school=text_or_none(self.school),
            contact=text_or_none(self.contact),
        )

    def build(self) -> Person:
        """The person as the widgets show it; a protected person's identity only when it may be
        edited here (None for a saved person whose vault stays as it is)."""
        age = self.age.value()
        person = copy.deepcopy(self.base)
        person.role = self.role.currentData()
        person.sex = self.sex.currentData()
        person.age = None if age < 0 else age
        person.nationality = self.nationality.code()
        person.relationship = self.relationship.currentData()
        person.name = person.identity = None
        if not self.protected():
            person.name = text_or_none(self.name)
        elif not self.identity_locked:
            person.identity = self.identity()
        return person

    def required_fields(self) -> dict[str, QWidget]:
        """An accused's relationship; the legal name of a protected person whose identity is
        edited here (the same rules `check_person` applies)."""
        required: dict[str, QWidget] = {}
        if self.role.currentData() == "accused":
            required["person.relationship"] = self.relationship
        if self.protected() and not self.identity_locked:
            required["person.identity.legal_name"] = self.legal_name
        return required

    def problems(self) -> list[InvalidInput]:
        problems = super().problems()
        if self.nationality.unresolved_text():
            problems.append(self._no_country())
        return problems

    def _no_country(self) -> InvalidInput:
        return InvalidInput.at(
            "person.nationality",
            self.tr("names no single country: choose one from the list, or leave it empty if not known"),
            "unknown_code",
        )

    def _check(self, person: Person) -> Person:
        if self.nationality.unresolved_text():
            raise self._no_country()
        return check_person(person, "person", require_identity=not self.saved or person.identity is not None)
