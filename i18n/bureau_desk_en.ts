<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../desktop/ui/about_dialog.py" line="22" />
            <source>&lt;p&gt;Office and finance work of a county medical insurance bureau: approvals, seals, expenses, assets, supplies, travel, reception, vehicles and meetings.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Office and finance work of a county medical insurance bureau: approvals, seals, expenses, assets, supplies, travel, reception, vehicles and meetings.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/about_dialog.py" line="22" />
            <source>&lt;p&gt;Database: {db}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Database: {db}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../forms/about_dialog.ui" line="6" />
            <source>About Bureau Desk</source>
            <translation>About Bureau Desk</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="35" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="36" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="36" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="36" />
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="39" />
            <source>Username</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="39" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="39" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="40" />
            <source>Locked until</source>
            <translation>Locked until</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="40" />
            <source>Failed sign-ins</source>
            <translation>Failed sign-ins</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="41" />
            <source>Must change password</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="60" />
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="61" />
            <location filename="../forms/accounts_page.ui" line="34" />
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="78" />
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="79" />
            <source>New initial password for {username} (to be changed at next sign-in):</source>
            <translation>New initial password for {username} (to be changed at next sign-in):</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="9" />
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="11" />
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="13" />
            <source>Username:</source>
            <translation>Username:</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="15" />
            <source>Initial password:</source>
            <translation>Initial password:</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="17" />
            <source>Create account</source>
            <translation>Create account</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="32" />
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="33" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="39" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="39" />
            <source>Return for correction</source>
            <translation>Return for correction</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="40" />
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="43" />
            <source>&lt;b&gt;{serial}&lt;/b&gt; {title}&lt;br&gt;{kind} · {amount} yuan · step: {step}</source>
            <translation>&lt;b&gt;{serial}&lt;/b&gt; {title}&lt;br&gt;{kind} · {amount} yuan · step: {step}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="49" />
            <source>(no record linked)</source>
            <translation>(no record linked)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="60" />
            <source>Agreed</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="65" />
            <source>The approval sheet has been issued: your signature goes into this step's field, so your signing passphrase is needed.</source>
            <translation>The approval sheet has been issued: your signature goes into this step's field, so your signing passphrase is needed.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="68" />
            <source>This document's approval sheet was not issued with a signature; the passphrase may be left empty.</source>
            <translation>This document's approval sheet was not issued with a signature; the passphrase may be left empty.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="70" />
            <source>Opinion (required):</source>
            <translation>Opinion (required):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="70" />
            <location filename="../forms/action_dialog.ui" line="43" />
            <source>Opinion:</source>
            <translation>Opinion:</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="16" />
            <source>Reasons for returning (state them all at once)</source>
            <translation>Reasons for returning (state them all at once)</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="21" />
            <source>Type one reason and press Add</source>
            <translation>Type one reason and press Add</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="22" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="23" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="31" />
            <source>Collective decision record</source>
            <translation>Collective decision record</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="33" />
            <source>This step needs the minute of the collective decision that approved the item.</source>
            <translation>This step needs the minute of the collective decision that approved the item.</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="37" />
            <source>Record new minute…</source>
            <translation>Record new minute…</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="56" />
            <source>Signing passphrase:</source>
            <translation>Signing passphrase:</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../desktop/ui/messages.py" line="35" />
            <source>Submit</source>
            <translation>Submit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="36" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="37" />
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="38" />
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="39" />
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="24" />
            <source>Departments</source>
            <translation>Departments</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="24" />
            <source>People and positions</source>
            <translation>People and positions</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="25" />
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="25" />
            <source>Signing certificates</source>
            <translation>Signing certificates</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="26" />
            <source>Rule preset</source>
            <translation>Rule preset</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="26" />
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="32" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="32" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="32" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="32" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="33" />
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="33" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="33" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="38" />
            <source>The audit trail is intact: {n} entries checked.</source>
            <translation>The audit trail is intact: {n} entries checked.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="41" />
            <source>The audit trail is BROKEN at entry {seq}: {reason}</source>
            <translation>The audit trail is BROKEN at entry {seq}: {reason}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="45" />
            <source>Audit trail check</source>
            <translation>Audit trail check</translation>
        </message>
        <message>
            <location filename="../forms/audit_page.ui" line="9" />
            <source>Latest entries:</source>
            <translation>Latest entries:</translation>
        </message>
        <message>
            <location filename="../forms/audit_page.ui" line="11" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../forms/audit_page.ui" line="14" />
            <source>Verify the chain</source>
            <translation>Verify the chain</translation>
        </message>
    </context>
    <context>
        <name>CertificatesPage</name>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="153" />
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="153" />
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="153" />
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="154" />
            <source>Not yet valid</source>
            <translation>Not yet valid</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="154" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="172" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="172" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="172" />
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="172" />
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="173" />
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="173" />
            <source>Serial number</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="173" />
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="173" />
            <source>Valid to</source>
            <translation>Valid to</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="204" />
            <source>Certificate issued</source>
            <translation>Certificate issued</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="205" />
            <source>Signing certificate issued for {name}: serial {serial}, valid to {valid_to}.</source>
            <translation>Signing certificate issued for {name}: serial {serial}, valid to {valid_to}.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="226" />
            <location filename="../desktop/ui/admin/certificates_page.py" line="229" />
            <location filename="../desktop/ui/admin/certificates_page.py" line="237" />
            <location filename="../desktop/ui/admin/certificates_page.py" line="241" />
            <source>Export root certificate</source>
            <translation>Export root certificate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="226" />
            <source>This bureau has no root certificate yet.</source>
            <translation>This bureau has no root certificate yet.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="230" />
            <source>PEM certificates (*.pem *.crt)</source>
            <translation>PEM certificates (*.pem *.crt)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="238" />
            <source>Cannot write {path}: {error}</source>
            <translation>Cannot write {path}: {error}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="244" />
            <source>The root certificate was saved to {path}.

Recipients import it as a trusted root certificate in their PDF reader (e.g. Adobe Acrobat: Preferences → Signatures → Identities &amp; Trusted Certificates); the bureau's signatures then show as valid.</source>
            <translation>The root certificate was saved to {path}.

Recipients import it as a trusted root certificate in their PDF reader (e.g. Adobe Acrobat: Preferences → Signatures → Identities &amp; Trusted Certificates); the bureau's signatures then show as valid.</translation>
        </message>
        <message>
            <location filename="../forms/certificates_page.ui" line="9" />
            <source>Each person signs approval sheets with a personal certificate issued by the bureau's root certificate. The person chooses the signing passphrase at the administrator's desk; the private key is kept only encrypted with it.</source>
            <translation>Each person signs approval sheets with a personal certificate issued by the bureau's root certificate. The person chooses the signing passphrase at the administrator's desk; the private key is kept only encrypted with it.</translation>
        </message>
        <message>
            <location filename="../forms/certificates_page.ui" line="26" />
            <source>Recipients outside the bureau import the root certificate as a trusted root (trusted certificate) in their PDF reader; the signatures then show as valid.</source>
            <translation>Recipients outside the bureau import the root certificate as a trusted root (trusted certificate) in their PDF reader; the signatures then show as valid.</translation>
        </message>
        <message>
            <location filename="../forms/certificates_page.ui" line="30" />
            <source>Export root certificate…</source>
            <translation>Export root certificate…</translation>
        </message>
        <message>
            <location filename="../forms/certificates_page.ui" line="31" />
            <source>Issue certificate…</source>
            <translation>Issue certificate…</translation>
        </message>
        <message>
            <location filename="../forms/certificates_page.ui" line="32" />
            <source>Revoke certificate…</source>
            <translation>Revoke certificate…</translation>
        </message>
    </context>
    <context>
        <name>ChainTable</name>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="34" />
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="34" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="34" />
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="34" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="34" />
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="35" />
            <source>If amount ≥</source>
            <translation>If amount ≥</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="35" />
            <source>If amount &lt;</source>
            <translation>If amount &lt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="35" />
            <source>If days &gt;</source>
            <translation>If days &gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="35" />
            <source>If days ≤</source>
            <translation>If days ≤</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="36" />
            <source>If category in</source>
            <translation>If category in</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="36" />
            <source>If category not in</source>
            <translation>If category not in</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="37" />
            <source>Collective if amount ≥</source>
            <translation>Collective if amount ≥</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="40" />
            <source>Collective if category in</source>
            <translation>Collective if category in</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="43" />
            <source>first review</source>
            <translation>first review</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="43" />
            <source>recheck</source>
            <translation>recheck</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="43" />
            <source>review</source>
            <translation>review</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="44" />
            <source>sign-off</source>
            <translation>sign-off</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="45" />
            <source>whole bureau</source>
            <translation>whole bureau</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="45" />
            <source>document's department</source>
            <translation>document's department</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../desktop/ui/change_password_dialog.py" line="22" />
            <source>You must choose a new password before you continue: at least 8 characters with letters, digits and a special character.</source>
            <translation>You must choose a new password before you continue: at least 8 characters with letters, digits and a special character.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_password_dialog.py" line="29" />
            <source>The two new passwords differ.</source>
            <translation>The two new passwords differ.</translation>
        </message>
        <message>
            <location filename="../forms/change_password_dialog.ui" line="6" />
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../forms/change_password_dialog.ui" line="10" />
            <source>Please choose a new password: at least 8 characters with letters, digits and a special character.</source>
            <translation>Please choose a new password: at least 8 characters with letters, digits and a special character.</translation>
        </message>
        <message>
            <location filename="../forms/change_password_dialog.ui" line="16" />
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <location filename="../forms/change_password_dialog.ui" line="18" />
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <location filename="../forms/change_password_dialog.ui" line="20" />
            <source>Repeat new password:</source>
            <translation>Repeat new password:</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../desktop/ui/decision_dialog.py" line="31" />
            <source>e.g. {example}</source>
            <translation>e.g. {example}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/decision_dialog.py" line="33" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="6" />
            <source>Record collective decision</source>
            <translation>Record collective decision</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="10" />
            <source>The minute of the meeting that decided the matter (IC-08). Recorded by the office head or the director.</source>
            <translation>The minute of the meeting that decided the matter (IC-08). Recorded by the office head or the director.</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="16" />
            <source>Meeting type:</source>
            <translation>Meeting type:</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="18" />
            <source>Minute number:</source>
            <translation>Minute number:</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="20" />
            <source>Held on:</source>
            <translation>Held on:</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="22" />
            <source>Subject:</source>
            <translation>Subject:</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsPage</name>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="36" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="36" />
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="38" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="38" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="38" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="50" />
            <source>Reactivate</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="50" />
            <location filename="../forms/departments_page.ui" line="29" />
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="63" />
            <source>Rename department</source>
            <translation>Rename department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="63" />
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <location filename="../forms/departments_page.ui" line="9" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../forms/departments_page.ui" line="11" />
            <source>Unit:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <location filename="../forms/departments_page.ui" line="13" />
            <source>Add department</source>
            <translation>Add department</translation>
        </message>
        <message>
            <location filename="../forms/departments_page.ui" line="26" />
            <source>Show inactive departments</source>
            <translation>Show inactive departments</translation>
        </message>
        <message>
            <location filename="../forms/departments_page.ui" line="28" />
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
    </context>
    <context>
        <name>DocumentHtml</name>
        <message>
            <location filename="../desktop/ui/document_html.py" line="30" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="30" />
            <source>(not yet numbered)</source>
            <translation>(not yet numbered)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="31" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="32" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="33" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="34" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="34" />
            <source>yuan</source>
            <translation>yuan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="35" />
            <source>Submitter</source>
            <translation>Submitter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="38" />
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="40" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="43" />
            <source>Collective decision</source>
            <translation>Collective decision</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="45" />
            <source>Returned because</source>
            <translation>Returned because</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="53" />
            <source>The chain is fixed when the document is submitted.</source>
            <translation>The chain is fixed when the document is submitted.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="55" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="55" />
            <location filename="../desktop/ui/document_html.py" line="75" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="55" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="56" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="61" />
            <source>▶ current</source>
            <translation>▶ current</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="63" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="74" />
            <source>No actions yet.</source>
            <translation>No actions yet.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="75" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="75" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="76" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="76" />
            <source>Opinion</source>
            <translation>Opinion</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="77" />
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="90" />
            <source>Select a document to see its details.</source>
            <translation>Select a document to see its details.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="91" />
            <source>Approval chain</source>
            <translation>Approval chain</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="92" />
            <source>History</source>
            <translation>History</translation>
        </message>
    </context>
    <context>
        <name>IssueCertificateDialog</name>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="71" />
            <source>Issue a personal signing certificate for &lt;b&gt;{name}&lt;/b&gt; ({title}).</source>
            <translation>Issue a personal signing certificate for &lt;b&gt;{name}&lt;/b&gt; ({title}).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="75" />
            <source>{name} already has a valid certificate (serial {serial}); the new one replaces it for signing.</source>
            <translation>{name} already has a valid certificate (serial {serial}); the new one replaces it for signing.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="77" />
            <source>Issue certificate</source>
            <translation>Issue certificate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="85" />
            <source>The two signing passphrases differ.</source>
            <translation>The two signing passphrases differ.</translation>
        </message>
        <message>
            <location filename="../forms/issue_certificate_dialog.ui" line="6" />
            <source>Issue signing certificate</source>
            <translation>Issue signing certificate</translation>
        </message>
        <message>
            <location filename="../forms/issue_certificate_dialog.ui" line="16" />
            <source>Root CA passphrase (administrator):</source>
            <translation>Root CA passphrase (administrator):</translation>
        </message>
        <message>
            <location filename="../forms/issue_certificate_dialog.ui" line="18" />
            <source>New signing passphrase:</source>
            <translation>New signing passphrase:</translation>
        </message>
        <message>
            <location filename="../forms/issue_certificate_dialog.ui" line="20" />
            <source>Repeat signing passphrase:</source>
            <translation>Repeat signing passphrase:</translation>
        </message>
        <message>
            <location filename="../forms/issue_certificate_dialog.ui" line="27" />
            <source>The person types the signing passphrase (at least 8 characters) themselves; it is needed for every signature and cannot be recovered.</source>
            <translation>The person types the signing passphrase (at least 8 characters) themselves; it is needed for every signature and cannot be recovered.</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <location filename="../desktop/ui/lock_cover.py" line="18" />
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../desktop/ui/lock_dialog.py" line="24" />
            <source>The screen was locked after a period without activity. {name} ({username}), enter your password to continue.</source>
            <translation>The screen was locked after a period without activity. {name} ({username}), enter your password to continue.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/lock_dialog.py" line="34" />
            <source>Wrong password.</source>
            <translation>Wrong password.</translation>
        </message>
        <message>
            <location filename="../forms/lock_dialog.ui" line="6" />
            <source>Screen locked</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../forms/lock_dialog.ui" line="16" />
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../forms/lock_dialog.ui" line="29" />
            <source>Switch user</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <location filename="../forms/lock_dialog.ui" line="31" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../desktop/ui/login_dialog.py" line="24" />
            <source>Sign in — {app}</source>
            <translation>Sign in — {app}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/login_dialog.py" line="31" />
            <location filename="../forms/login_dialog.ui" line="6" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../desktop/ui/login_dialog.py" line="46" />
            <source>Please enter your username.</source>
            <translation>Please enter your username.</translation>
        </message>
        <message>
            <location filename="../forms/login_dialog.ui" line="17" />
            <source>Bureau Desk</source>
            <translation>Bureau Desk</translation>
        </message>
        <message>
            <location filename="../forms/login_dialog.ui" line="32" />
            <source>&amp;Username:</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <location filename="../forms/login_dialog.ui" line="43" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../desktop/ui/main_window.py" line="117" />
            <source>Signed in: {name} ({username})</source>
            <translation>Signed in: {name} ({username})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="119" />
            <source>Positions: {positions}</source>
            <translation>Positions: {positions}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="164" />
            <source>Password changed.</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="172" />
            <source>Collective decision {minute_no} recorded.</source>
            <translation>Collective decision {minute_no} recorded.</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="6" />
            <source>Bureau Desk</source>
            <translation>Bureau Desk</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="31" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="41" />
            <source>&amp;Business</source>
            <translation>&amp;Business</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="45" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="53" />
            <source>Change &amp;password…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="54" />
            <source>&amp;Lock screen</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="55" />
            <source>&amp;Switch user</source>
            <translation>&amp;Switch user</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="56" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="57" />
            <source>Record &amp;collective decision (minute)…</source>
            <translation>Record &amp;collective decision (minute)…</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="58" />
            <source>&amp;Verify PDF signatures…</source>
            <translation>&amp;Verify PDF signatures…</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="58" />
            <source>Check the signatures of an approval sheet PDF (or drop a PDF on the window)</source>
            <translation>Check the signatures of an approval sheet PDF (or drop a PDF on the window)</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="59" />
            <source>&amp;About Bureau Desk</source>
            <translation>&amp;About Bureau Desk</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../desktop/ui/messages.py" line="77" />
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="81" />
            <source>The action was refused for the following reasons:</source>
            <translation>The action was refused for the following reasons:</translation>
        </message>
    </context>
    <context>
        <name>ModulePage</name>
        <message>
            <location filename="../desktop/ui/module_page.py" line="53" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="53" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="53" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="53" />
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="53" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="54" />
            <source>Current step</source>
            <translation>Current step</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="54" />
            <source>Submitter</source>
            <translation>Submitter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="54" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="56" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="64" />
            <source>Documents: {n}</source>
            <translation>Documents: {n}</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="17" />
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="18" />
            <source>Submit</source>
            <translation>Submit</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="19" />
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="19" />
            <source>File an approved document (finance head, accountant or office head)</source>
            <translation>File an approved document (finance head, accountant or office head)</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="20" />
            <source>Preview / print sheet…</source>
            <translation>Preview / print sheet…</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="20" />
            <source>The approval sheet: the signed PDF as stored, or the unsigned sheet</source>
            <translation>The approval sheet: the signed PDF as stored, or the unsigned sheet</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="21" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../desktop/ui/navigation.py" line="21" />
            <source>Home (to do)</source>
            <translation>Home (to do)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="22" />
            <source>My documents</source>
            <translation>My documents</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="23" />
            <source>Seals</source>
            <translation>Seals</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="24" />
            <source>Expenses &amp; vouchers</source>
            <translation>Expenses &amp; vouchers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="25" />
            <source>Fixed assets</source>
            <translation>Fixed assets</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="26" />
            <source>Office supplies</source>
            <translation>Office supplies</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="27" />
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="28" />
            <source>Reception · vehicles · meetings</source>
            <translation>Reception · vehicles · meetings</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="30" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="31" />
            <source>System administration</source>
            <translation>System administration</translation>
        </message>
    </context>
    <context>
        <name>NewDocumentDialog</name>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="6" />
            <source>New document</source>
            <translation>New document</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="10" />
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="12" />
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="14" />
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="16" />
            <source>Amount (yuan):</source>
            <translation>Amount (yuan):</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="18" />
            <source>Days:</source>
            <translation>Days:</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="20" />
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="24" />
            <source>Submit for approval now</source>
            <translation>Submit for approval now</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="32" />
            <source>Signing passphrase:</source>
            <translation>Signing passphrase:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="41" />
            <source>Your signing passphrase certifies the approval sheet as its handler.</source>
            <translation>Your signing passphrase certifies the approval sheet as its handler.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="42" />
            <source>You have no valid signing certificate: the approval sheet will not be signed.</source>
            <translation>You have no valid signing certificate: the approval sheet will not be signed.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../desktop/ui/signing.py" line="64" />
            <source>Signing passphrase:</source>
            <translation>Signing passphrase:</translation>
        </message>
    </context>
    <context>
        <name>PdfVerifyDialog</name>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="34" />
            <source>Issued by the handler</source>
            <translation>Issued by the handler</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="36" />
            <source>Bureau seal</source>
            <translation>Bureau seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="38" />
            <source>Step {n}</source>
            <translation>Step {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="44" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="44" />
            <source>Signer</source>
            <translation>Signer</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="45" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="45" />
            <source>Signed at (UTC)</source>
            <translation>Signed at (UTC)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="46" />
            <source>Intact</source>
            <translation>Intact</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="46" />
            <source>Trusted</source>
            <translation>Trusted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="47" />
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="47" />
            <source>Changes allowed</source>
            <translation>Changes allowed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="52" />
            <source>Verify a signed PDF</source>
            <translation>Verify a signed PDF</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="55" />
            <source>Open a PDF or drop it here.</source>
            <translation>Open a PDF or drop it here.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="60" />
            <source>Open PDF…</source>
            <translation>Open PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="73" />
            <source>Open PDF</source>
            <translation>Open PDF</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="73" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="93" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="98" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="99" />
            <source>NO</source>
            <translation>NO</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="104" />
            <source>YES</source>
            <translation>YES</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="104" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="112" />
            <source>All signatures intact and trusted.</source>
            <translation>All signatures intact and trusted.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="113" />
            <source>NOT OK: </source>
            <translation>NOT OK: </translation>
        </message>
    </context>
    <context>
        <name>PendingPage</name>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="44" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="44" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="44" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="44" />
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="44" />
            <source>Submitter</source>
            <translation>Submitter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="45" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="45" />
            <source>Current step</source>
            <translation>Current step</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="47" />
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="56" />
            <source>System administrators take no business approvals.</source>
            <translation>System administrators take no business approvals.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Documents waiting: {n}</source>
            <translation>Documents waiting: {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="60" />
            <source>Nothing is waiting for you.</source>
            <translation>Nothing is waiting for you.</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="12" />
            <source>Waiting for my approval</source>
            <translation>Waiting for my approval</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="17" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="40" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="41" />
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="42" />
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="43" />
            <source>Preview / print sheet…</source>
            <translation>Preview / print sheet…</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="43" />
            <source>The approval sheet: the signed PDF as stored, or the unsigned sheet</source>
            <translation>The approval sheet: the signed PDF as stored, or the unsigned sheet</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="44" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="45" />
            <source>(for department…)</source>
            <translation>(for department…)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="54" />
            <location filename="../forms/people_page.ui" line="32" />
            <source>In service</source>
            <translation>In service</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="54" />
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="55" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="55" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="55" />
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="56" />
            <location filename="../forms/people_page.ui" line="44" />
            <source>Positions</source>
            <translation>Positions</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="56" />
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="56" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="17" />
            <source>Show people who have left</source>
            <translation>Show people who have left</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="24" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="26" />
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="28" />
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="30" />
            <source>Job title:</source>
            <translation>Job title:</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="35" />
            <source>Add as new person</source>
            <translation>Add as new person</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="36" />
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="47" />
            <source>Remove selected position</source>
            <translation>Remove selected position</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="52" />
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
    </context>
    <context>
        <name>Positions</name>
        <message>
            <location filename="../desktop/ui/messages.py" line="43" />
            <source>Director</source>
            <translation>Director</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="44" />
            <source>Deputy director in charge</source>
            <translation>Deputy director in charge</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="45" />
            <source>Deputy director for finance</source>
            <translation>Deputy director for finance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="46" />
            <source>Centre director</source>
            <translation>Centre director</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="47" />
            <source>Office head</source>
            <translation>Office head</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="48" />
            <source>Section head</source>
            <translation>Section head</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="49" />
            <source>Finance head</source>
            <translation>Finance head</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="50" />
            <source>Accountant</source>
            <translation>Accountant</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="51" />
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="52" />
            <source>Asset manager</source>
            <translation>Asset manager</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="53" />
            <source>Seal custodian</source>
            <translation>Seal custodian</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="54" />
            <source>Audit post</source>
            <translation>Audit post</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="55" />
            <source>Handler</source>
            <translation>Handler</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="56" />
            <source>System administrator</source>
            <translation>System administrator</translation>
        </message>
    </context>
    <context>
        <name>PresetsPage</name>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="47" />
            <source>Current preset: {code} {name}</source>
            <translation>Current preset: {code} {name}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="51" />
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="51" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="51" />
            <source>Meaning (rule)</source>
            <translation>Meaning (rule)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="92" />
            <source>New step</source>
            <translation>New step</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="119" />
            <source>Switch rule preset</source>
            <translation>Switch rule preset</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="121" />
            <source>Replace the bureau's parameters and approval chains with the shipped preset {code}? Documents already submitted keep the chain they were submitted with.</source>
            <translation>Replace the bureau's parameters and approval chains with the shipped preset {code}? Documents already submitted keep the chain they were submitted with.</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="11" />
            <source>Switch to shipped preset:</source>
            <translation>Switch to shipped preset:</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="13" />
            <source>Apply preset…</source>
            <translation>Apply preset…</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="21" />
            <source>Parameters (thresholds)</source>
            <translation>Parameters (thresholds)</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="24" />
            <source>Save parameters</source>
            <translation>Save parameters</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="28" />
            <source>Approval chain</source>
            <translation>Approval chain</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="32" />
            <source>Document kind:</source>
            <translation>Document kind:</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="43" />
            <source>Conditions: leave empty for "always". Amounts may name a parameter as $name. Categories are separated by commas. A step with a collective condition passes only with a linked collective-decision record.</source>
            <translation>Conditions: leave empty for "always". Amounts may name a parameter as $name. Categories are separated by commas. A step with a collective condition passes only with a linked collective-decision record.</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="46" />
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="47" />
            <source>Remove step</source>
            <translation>Remove step</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="48" />
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="49" />
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="51" />
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="52" />
            <source>Save chain</source>
            <translation>Save chain</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="36" />
            <location filename="../desktop/ui/reports_page.py" line="38" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="37" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../forms/reports_page.ui" line="9" />
            <source>Documents by kind and state</source>
            <translation>Documents by kind and state</translation>
        </message>
        <message>
            <location filename="../forms/reports_page.ui" line="11" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
    </context>
    <context>
        <name>RevokeCertificateDialog</name>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="102" />
            <source>Revoke signing certificate</source>
            <translation>Revoke signing certificate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="105" />
            <source>Revoke the signing certificate of &lt;b&gt;{name}&lt;/b&gt; (serial {serial})? {name} can no longer sign; signatures made with it show as revoked. This cannot be undone.</source>
            <translation>Revoke the signing certificate of &lt;b&gt;{name}&lt;/b&gt; (serial {serial})? {name} can no longer sign; signatures made with it show as revoked. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="109" />
            <source>Reason (required), e.g. left the bureau, passphrase disclosed</source>
            <translation>Reason (required), e.g. left the bureau, passphrase disclosed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="115" />
            <source>Revoke certificate</source>
            <translation>Revoke certificate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="121" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="132" />
            <source>State the reason for revoking.</source>
            <translation>State the reason for revoking.</translation>
        </message>
    </context>
    <context>
        <name>SheetPreview</name>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="56" />
            <source>Approval sheet</source>
            <translation>Approval sheet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="64" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="84" />
            <source>Unsigned sheet: no approval sheet has been issued with signatures.</source>
            <translation>Unsigned sheet: no approval sheet has been issued with signatures.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="86" />
            <source>{n} signature(s), all valid</source>
            <translation>{n} signature(s), all valid</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="89" />
            <source>A signature is NOT valid: </source>
            <translation>A signature is NOT valid: </translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="96" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="96" />
            <source>Printing was cancelled.</source>
            <translation>Printing was cancelled.</translation>
        </message>
    </context>
    <context>
        <name>Signing</name>
        <message>
            <location filename="../desktop/ui/signing.py" line="84" />
            <source>Submitted as {serial}. You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.</source>
            <translation>Submitted as {serial}. You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/signing.py" line="96" />
            <source>Submitted for approval</source>
            <translation>Submitted for approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/signing.py" line="99" />
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/signing.py" line="101" />
            <source>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</source>
            <translation>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../desktop/ui/main.py" line="39" />
            <source>No bureau yet</source>
            <translation>No bureau yet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main.py" line="42" />
            <source>The database {url} has no bureau yet.

Create it first with:
desktop init --bureau-name NAME --bureau-code CODE

or start with a demonstration bureau: desktop start --demo-if-empty</source>
            <translation>The database {url} has no bureau yet.

Create it first with:
desktop init --bureau-name NAME --bureau-code CODE

or start with a demonstration bureau: desktop start --demo-if-empty</translation>
        </message>
    </context>
    <context>
        <name>States</name>
        <message>
            <location filename="../desktop/ui/messages.py" line="26" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="27" />
            <source>In approval</source>
            <translation>In approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="28" />
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="29" />
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="30" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="31" />
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
    </context>
</TS>
