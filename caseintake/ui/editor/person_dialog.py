"""Adding or changing a person: the profile, and for a protected person the vault identity.

Who is protected follows the domain rule (victims, guardians, accused relatives and household
members; a witness when recorded with an identity): the dialog shows the identity fields for
them and a plain name field for everyone else, so a child's name is never typed where a plain
name would be stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QGroupBox, QSpinBox, QWidget

from caseintake.domain.records import is_minor, is_protected
from caseintake.interchange.schema import parse_person
from caseintake.ui.editor.dialogs import RecordDialog, drop_empty, line
from caseintake.ui.editor.widgets import OptionalDateEdit, code_combo, form_layout, hint_label, select_code

PROFILE_FIELDS = ("role", "sex", "age", "nationality", "relationship", "name", "identity")


class PersonDialog(RecordDialog):
    """`identity` is the revealed (or typed) identity to edit; `identity_locked` keeps a saved
    person's vault untouched when it was not revealed."""

    def __init__(
        self,
        data: dict[str, Any] | None,
        *,
        saved: bool,
        identity: dict[str, Any] | None,
        identity_locked: bool,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add a person") if data is None else self.tr("Person")
        super().__init__(title, "personDialog", self._parse, parent)
        self.saved = saved
        self.identity_locked = identity_locked
        self.base = dict(data or {"role": "victim"})
        self.role = code_combo("role", object_name="personRoleCombo")
        select_code(self.role, self.base.get("role"))
        self.relationship = code_combo(
            "relationship", none_label=self.tr("Not recorded"), object_name="relationshipCombo"
        )
        select_code(self.relationship, self.base.get("relationship"))
        self.sex = code_combo("sex", none_label=self.tr("Not recorded"), object_name="sexCombo")
        select_code(self.sex, self.base.get("sex"))
        self.age = QSpinBox()
        self.age.setObjectName("ageSpin")
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("Not known"))
        self.age.setValue(self.base.get("age", -1))
        self.nationality = line(self.base.get("nationality", ""), "nationalityEdit", self.tr("e.g. PH"))
        self.nationality.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}")))
        self.nationality.setMaximumWidth(80)
        self.protect = QCheckBox(self.tr("Protect: keep the identity in the vault, known by initials"))
        self.protect.setObjectName("protectCheck")
        self.protect.setChecked("identity" in self.base or bool(identity) or identity_locked)
        self.protect.setEnabled(not saved)
        self.name = line(
            self.base.get("name", ""),
            "plainNameEdit",
            self.tr("only for people who need no protection, e.g. a foreign offender"),
        )
        ident = identity or {}
        self.legal_name = line(ident.get("legal_name", ""), "legalNameEdit")
        self.aliases = line("; ".join(ident.get("aliases", [])), "aliasesEdit", self.tr("separate with ;"))
        self.birth_date = OptionalDateEdit(self.tr("Known"))
        self.birth_date.setObjectName("birthDateEdit")
        self.birth_date.set_value(ident.get("birth_date"))
        self.address = line(ident.get("address", ""), "addressEdit")
        self.school = line(ident.get("school", ""), "schoolEdit")
        self.contact = line(ident.get("contact", ""), "contactEdit", self.tr("phone or e-mail"))

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

    def identity(self) -> dict[str, Any]:
        aliases = [a.strip() for a in self.aliases.text().split(";") if a.strip()]
        return drop_empty(
            {
                "legal_name": self.legal_name.text().strip(),
                "aliases": aliases,
                "birth_date": self.birth_date.value(),
                "address": self.address.text().strip(),
                "school": self.school.text().strip(),
                "contact": self.contact.text().strip(),
            }
        )

    def record(self) -> dict[str, Any]:
        age = self.age.value()
        data = {k: v for k, v in self.base.items() if k not in PROFILE_FIELDS}  # e.g. birth_year
        data.update(
            {
                "role": self.role.currentData(),
                "sex": self.sex.currentData(),
                "age": None if age < 0 else age,
                "nationality": self.nationality.text().strip().upper(),
                "relationship": self.relationship.currentData(),
            }
        )
        if not self.protected():
            data["name"] = self.name.text().strip()
        elif not self.identity_locked:
            data["identity"] = self.identity()
        return drop_empty(data)

    def _parse(self, data: dict[str, Any]) -> Any:
        return parse_person(data, "person", require_identity=not self.saved or "identity" in data)
