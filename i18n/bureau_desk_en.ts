<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../desktop/ui/document_summary.py" line="109" />
            <location filename="../desktop/ui/document_summary.py" line="257" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="110" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <location filename="../desktop/ui/document_summary.py" line="164" />
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <location filename="../desktop/ui/document_summary.py" line="242" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <source>Accompanying</source>
            <translation>Accompanying</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <source>Per head</source>
            <translation>Per head</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="189" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <source>Allowed</source>
            <translation>Allowed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <source>Paid by the traveller</source>
            <translation>Paid by the traveller</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <source>Basis</source>
            <translation>Basis</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="211" />
            <source>filed {filed}, departed {start}</source>
            <translation>filed {filed}, departed {start}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="215" />
            <source>Filed after departure (补报)</source>
            <translation>Filed after departure (补报)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="220" />
            <source>Late claim, after the deadline</source>
            <translation>Late claim, after the deadline</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="224" />
            <source>Over budget: {amount} yuan claimed, {left} yuan remain on {line}</source>
            <translation>Over budget: {amount} yuan claimed, {left} yuan remain on {line}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="242" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="242" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="250" />
            <source>Budget line</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="250" />
            <source> (charged at payment)</source>
            <translation> (charged at payment)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="252" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="252" />
            <source>Approved amount</source>
            <translation>Approved amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="252" />
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="252" />
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="252" />
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="257" />
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
    </context>
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
        <name>AcceptDialog</name>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="23" />
            <source>Accept an asset</source>
            <translation>Accept an asset</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="25" />
            <source>Accepted: as ordered and working</source>
            <translation>Accepted: as ordered and working</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="28" />
            <source>Not accepted (refuse or reduce payment, ask for a replacement)</source>
            <translation>Not accepted (refuse or reduce payment, ask for a replacement)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="33" />
            <source>Card:</source>
            <translation>Card:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="36" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="38" />
            <source>The card becomes active once its user and the asset manager have both accepted it [ASSET-11].</source>
            <translation>The card becomes active once its user and the asset manager have both accepted it [ASSET-11].</translation>
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
            <location filename="../desktop/ui/action_dialog.py" line="41" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="41" />
            <source>Return for correction</source>
            <translation>Return for correction</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="42" />
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="45" />
            <source>&lt;b&gt;{serial}&lt;/b&gt; {title}&lt;br&gt;{kind} · {amount} yuan · step: {step}</source>
            <translation>&lt;b&gt;{serial}&lt;/b&gt; {title}&lt;br&gt;{kind} · {amount} yuan · step: {step}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="52" />
            <source>(no record linked)</source>
            <translation>(no record linked)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="65" />
            <source>Agreed</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="70" />
            <source>The approval sheet has been issued: your signature goes into this step's field, so your signing passphrase is needed.</source>
            <translation>The approval sheet has been issued: your signature goes into this step's field, so your signing passphrase is needed.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="73" />
            <source>This document's approval sheet was not issued with a signature; the passphrase may be left empty.</source>
            <translation>This document's approval sheet was not issued with a signature; the passphrase may be left empty.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="75" />
            <source>Opinion (required):</source>
            <translation>Opinion (required):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="75" />
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
        <name>AddQuoteDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="108" />
            <source>Add a quote</source>
            <translation>Add a quote</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="115" />
            <source>Government agreement supplier or designated unit [SUPPLY-06]</source>
            <translation>Government agreement supplier or designated unit [SUPPLY-06]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="119" />
            <source>Supplier:</source>
            <translation>Supplier:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="120" />
            <source>Quoted total (yuan):</source>
            <translation>Quoted total (yuan):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="121" />
            <source>Quoted on:</source>
            <translation>Quoted on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="123" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>AdhocDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="40" />
            <source>Ad-hoc purchase request</source>
            <translation>Ad-hoc purchase request</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="50" />
            <source>Add line</source>
            <translation>Add line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="52" />
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="56" />
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="58" />
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="93" />
            <source>Est. unit price</source>
            <translation>Est. unit price</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="64" />
            <source>Why it cannot wait for the half-year plan</source>
            <translation>Why it cannot wait for the half-year plan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="65" />
            <source>Item:</source>
            <translation>Item:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="66" />
            <source>Lines:</source>
            <translation>Lines:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="67" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="69" />
            <source>Only the office buys [SUPPLY-01]; the preset's chain approves, with a collective decision at its threshold [SUPPLY-04].</source>
            <translation>Only the office buys [SUPPLY-01]; the preset's chain approves, with a collective decision at its threshold [SUPPLY-04].</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="93" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="93" />
            <source>Quantity</source>
            <translation>Quantity</translation>
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
            <source>Holidays</source>
            <translation>Holidays</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="27" />
            <source>Audit trail</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="28" />
            <source>Backup and restore</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="282" />
            <source>The first administrator</source>
            <translation>The first administrator</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="284" />
            <source>The system administrator sets up people, accounts and signing certificates. This account holds no business post (SEC-13).</source>
            <translation>The system administrator sets up people, accounts and signing certificates. This account holds no business post (SEC-13).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="288" />
            <source>System administrator</source>
            <translation>System administrator</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="293" />
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="294" />
            <source>Display name:</source>
            <translation>Display name:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="295" />
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="296" />
            <source>Password again:</source>
            <translation>Password again:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="302" />
            <source>Password rules: at least {n} characters with letters, digits and a special character; not containing the user name; not a demonstration password published in the README. After {failures} wrong passwords in a row the administrator must wait, longer each time (up to {max_wait} minutes).</source>
            <translation>Password rules: at least {n} characters with letters, digits and a special character; not containing the user name; not a demonstration password published in the README. After {failures} wrong passwords in a row the administrator must wait, longer each time (up to {max_wait} minutes).</translation>
        </message>
    </context>
    <context>
        <name>AdvanceDialog</name>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="29" />
            <source>New advance request</source>
            <translation>New advance request</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="38" />
            <source>Required (VOUCH-05)</source>
            <translation>Required (VOUCH-05)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="49" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="53" />
            <source>Purpose (required):</source>
            <translation>Purpose (required):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="54" />
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="55" />
            <source>Amount (yuan):</source>
            <translation>Amount (yuan):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="56" />
            <source>In words:</source>
            <translation>In words:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="57" />
            <source>Budget line:</source>
            <translation>Budget line:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="59" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="61" />
            <source>Save and submit…</source>
            <translation>Save and submit…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="79" />
            <source>&lt;span style='color:#b42318'&gt;not an amount&lt;/span&gt;</source>
            <translation>&lt;span style='color:#b42318'&gt;not an amount&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>ApplySealDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="347" />
            <source>Apply seal</source>
            <translation>Apply seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="351" />
            <source>Apply the seal named by an approved seal use request to its document. Only the seal's custodian may apply it; click the page where the seal goes. The sealed document is locked against changes, and you sign the use register entry on the request sheet.</source>
            <translation>Apply the seal named by an approved seal use request to its document. Only the seal's custodian may apply it; click the page where the seal goes. The sealed document is locked against changes, and you sign the use register entry on the request sheet.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="368" />
            <source>I have read the document to be sealed</source>
            <translation>I have read the document to be sealed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="374" />
            <source>Seal use request:</source>
            <translation>Seal use request:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="376" />
            <source>Witness (监印人):</source>
            <translation>Witness (监印人):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="378" />
            <source>Your signing passphrase:</source>
            <translation>Your signing passphrase:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="391" />
            <source>Preview request sheet…</source>
            <translation>Preview request sheet…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="396" />
            <source>Sealed document…</source>
            <translation>Sealed document…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="416" />
            <source>Seal: {seal} · to: {recipient} · copies: {copies} · requested by {who} · document no.: {no}</source>
            <translation>Seal: {seal} · to: {recipient} · copies: {copies} · requested by {who} · document no.: {no}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="447" />
            <source>Sealed with {seal}: {title}. Entered in the use register as {no}.</source>
            <translation>Sealed with {seal}: {title}. Entered in the use register as {no}.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="403" />
            <source>There is no approved seal use request waiting for the seal.</source>
            <translation>There is no approved seal use request waiting for the seal.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="454" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>AssetReportsPage</name>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="34" />
            <source>Asset ledger</source>
            <translation>Asset ledger</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="35" />
            <source>Additions and disposals</source>
            <translation>Additions and disposals</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="36" />
            <source>Depreciation schedule</source>
            <translation>Depreciation schedule</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="37" />
            <source>Counts by category or department</source>
            <translation>Counts by category or department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="42" />
            <source>{m} mo.</source>
            <translation>{m} mo.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="55" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="89" />
            <source>Asset no.</source>
            <translation>Asset no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="56" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="90" />
            <source>Asset name</source>
            <translation>Asset name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="57" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="75" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="97" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="58" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="59" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="100" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="60" />
            <source>Acquired on</source>
            <translation>Acquired on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="61" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="91" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="98" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="62" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="63" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="64" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="65" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="101" />
            <source>Original value</source>
            <translation>Original value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="66" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="102" />
            <source>Accumulated depreciation</source>
            <translation>Accumulated depreciation</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="68" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="104" />
            <source>Net value</source>
            <translation>Net value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="71" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="86" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="95" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="107" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="76" />
            <source>Opening (cards)</source>
            <translation>Opening (cards)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="77" />
            <source>Opening value</source>
            <translation>Opening value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="78" />
            <source>Added (cards)</source>
            <translation>Added (cards)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="79" />
            <source>Added value</source>
            <translation>Added value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="80" />
            <source>Removed (cards)</source>
            <translation>Removed (cards)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="81" />
            <source>Removed value</source>
            <translation>Removed value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="82" />
            <source>Closing (cards)</source>
            <translation>Closing (cards)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="83" />
            <source>Closing value</source>
            <translation>Closing value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="85" />
            <source>Depreciation charged</source>
            <translation>Depreciation charged</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="92" />
            <source>Expense account</source>
            <translation>Expense account</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="94" />
            <source>Year total</source>
            <translation>Year total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="99" />
            <source>Cards</source>
            <translation>Cards</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="140" />
            <source>By category</source>
            <translation>By category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="141" />
            <source>By department</source>
            <translation>By department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="144" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="147" />
            <source>As of:</source>
            <translation>As of:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="145" />
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="145" />
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="146" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="147" />
            <source>Counted:</source>
            <translation>Counted:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="156" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="157" />
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="158" />
            <source>Print / PDF…</source>
            <translation>Print / PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="163" />
            <source>Report:</source>
            <translation>Report:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="236" />
            <source>{n} line(s)</source>
            <translation>{n} line(s)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="238" />
            <source>(the first {shown} shown: export to Excel or print for all)</source>
            <translation>(the first {shown} shown: export to Excel or print for all)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="242" />
            <source>✗ The month totals differ from the runs' totals.</source>
            <translation>✗ The month totals differ from the runs' totals.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="253" />
            <source>Export Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="254" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="259" />
            <source>Writing {title}…</source>
            <translation>Writing {title}…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="278" />
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="278" />
            <source>Saved to {path}</source>
            <translation>Saved to {path}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="289" />
            <source>{n} page(s)</source>
            <translation>{n} page(s)</translation>
        </message>
    </context>
    <context>
        <name>AssetTerms</name>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="21" />
            <source>Awaiting acceptance</source>
            <translation>Awaiting acceptance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="22" />
            <source>In use (active)</source>
            <translation>In use (active)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="23" />
            <source>Idle</source>
            <translation>Idle</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="24" />
            <source>Under repair</source>
            <translation>Under repair</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="25" />
            <source>Being disposed of</source>
            <translation>Being disposed of</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="26" />
            <source>Disposed of</source>
            <translation>Disposed of</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="27" />
            <source>Failed acceptance</source>
            <translation>Failed acceptance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="28" />
            <source>Written off (shortage)</source>
            <translation>Written off (shortage)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="31" />
            <source>Purchase</source>
            <translation>Purchase</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="32" />
            <source>Transferred in</source>
            <translation>Transferred in</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="33" />
            <source>Donation received</source>
            <translation>Donation received</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="34" />
            <source>Other way</source>
            <translation>Other way</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="37" />
            <source>Scrap</source>
            <translation>Scrap</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="38" />
            <source>Sale</source>
            <translation>Sale</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="39" />
            <source>Transfer out</source>
            <translation>Transfer out</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="40" />
            <source>Donation</source>
            <translation>Donation</translation>
        </message>
    </context>
    <context>
        <name>AssetTodo</name>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="26" />
            <source>Release (giving department signs)</source>
            <translation>Release (giving department signs)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="27" />
            <source>Apply the transfer to the cards</source>
            <translation>Apply the transfer to the cards</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="28" />
            <source>Record the completed repair</source>
            <translation>Record the completed repair</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="29" />
            <source>Record the external approval</source>
            <translation>Record the external approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="30" />
            <source>Close the disposal</source>
            <translation>Close the disposal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="31" />
            <source>Draft the disposal voucher</source>
            <translation>Draft the disposal voucher</translation>
        </message>
    </context>
    <context>
        <name>AssetTransferFields</name>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="32" />
            <source>Assets transferred</source>
            <translation>Assets transferred</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="36" />
            <source>Asset no.</source>
            <translation>Asset no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="36" />
            <source>Asset name</source>
            <translation>Asset name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="36" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="37" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="37" />
            <source>Original value</source>
            <translation>Original value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="44" />
            <source>Receiving section:</source>
            <translation>Receiving section:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="50" />
            <source>Section giving it up:</source>
            <translation>Section giving it up:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="53" />
            <source>Custodian until now:</source>
            <translation>Custodian until now:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="56" />
            <source>New custodian:</source>
            <translation>New custodian:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="59" />
            <source>Transfer date:</source>
            <translation>Transfer date:</translation>
        </message>
    </context>
    <context>
        <name>AssetsPage</name>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="74" />
            <source>Fixed assets</source>
            <translation>Fixed assets</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="77" />
            <source>Asset cards</source>
            <translation>Asset cards</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="79" />
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="80" />
            <source>Transfer · repair · disposal</source>
            <translation>Transfer · repair · disposal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="86" />
            <source>Stocktake</source>
            <translation>Stocktake</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="87" />
            <source>Depreciation</source>
            <translation>Depreciation</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="88" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="145" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="145" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="145" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="145" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="146" />
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="146" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="146" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="154" />
            <source>No signed audit checkpoint yet: the audit post or the finance head should sign one.</source>
            <translation>No signed audit checkpoint yet: the audit post or the finance head should sign one.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="158" />
            <source>Latest signed checkpoint: entry {seq}, by {signer}, {when} ({hours} h ago, {reason})</source>
            <translation>Latest signed checkpoint: entry {seq}, by {signer}, {when} ({hours} h ago, {reason})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="164" />
            <source>older than one day: please sign today's checkpoint</source>
            <translation>older than one day: please sign today's checkpoint</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="182" />
            <source>The audit trail is intact, but {n} business record field(s) differ from their recorded state: changed outside the application.</source>
            <translation>The audit trail is intact, but {n} business record field(s) differ from their recorded state: changed outside the application.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="184" />
            <source>The audit trail is intact: {n} entries checked.</source>
            <translation>The audit trail is intact: {n} entries checked.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="178" />
            <source>The audit trail is BROKEN at entry {seq}: {reason}</source>
            <translation>The audit trail is BROKEN at entry {seq}: {reason}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="39" />
            <source>Also compare every business record with its recorded state</source>
            <translation>Also compare every business record with its recorded state</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="41" />
            <source>Sign audit checkpoint…</source>
            <translation>Sign audit checkpoint…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="63" />
            <source>Id or serial number</source>
            <translation>Id or serial number</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="65" />
            <source>Dates from</source>
            <translation>Dates from</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="76" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="80" />
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="80" />
            <source>Record:</source>
            <translation>Record:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="81" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="93" />
            <source>Everybody</source>
            <translation>Everybody</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="97" />
            <source>Any record</source>
            <translation>Any record</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="132" />
            <source>Changed field</source>
            <translation>Changed field</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="132" />
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="132" />
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="190" />
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
        <name>AwaitingVouchersPage</name>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="117" />
            <source>Make voucher…</source>
            <translation>Make voucher…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="119" />
            <source>Open the proposed voucher to confirm or edit it</source>
            <translation>Open the proposed voucher to confirm or edit it</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="120" />
            <source>Make as proposed</source>
            <translation>Make as proposed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="123" />
            <source>&lt;b&gt;Paid, awaiting a voucher&lt;/b&gt;</source>
            <translation>&lt;b&gt;Paid, awaiting a voucher&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="156" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="156" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="156" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="156" />
            <source>Claimant</source>
            <translation>Claimant</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="157" />
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="157" />
            <source>Paid on</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="161" />
            <source>{n} awaiting</source>
            <translation>{n} awaiting</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="181" />
            <source>Proposed voucher: {date} · {summary} · {n} attachment(s)</source>
            <translation>Proposed voucher: {date} · {summary} · {n} attachment(s)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="187" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="187" />
            <source>Ledger account</source>
            <translation>Ledger account</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="187" />
            <source>Debit amount</source>
            <translation>Debit amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="187" />
            <source>Credit amount</source>
            <translation>Credit amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="188" />
            <source>Economic class</source>
            <translation>Economic class</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="188" />
            <source>Payee</source>
            <translation>Payee</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="20" />
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="20" />
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="21" />
            <source>Weekly</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="22" />
            <source>Before restore</source>
            <translation>Before restore</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="26" />
            <source>Before upgrade</source>
            <translation>Before upgrade</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="42" />
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="44" />
            <source>Sign an audit checkpoint (signing passphrase)</source>
            <translation>Sign an audit checkpoint (signing passphrase)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="45" />
            <source>Restore from a file…</source>
            <translation>Restore from a file…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="47" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="54" />
            <source>Backups made</source>
            <translation>Backups made</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="66" />
            <source>Schedule and places (SEC-09, ARCH-09)</source>
            <translation>Schedule and places (SEC-09, ARCH-09)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="71" />
            <source>Backup folder:</source>
            <translation>Backup folder:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="72" />
            <source>Second copy in (another disk or place):</source>
            <translation>Second copy in (another disk or place):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="75" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="79" />
            <source>Daily backup</source>
            <translation>Daily backup</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="80" />
            <source>Weekly full backup</source>
            <translation>Weekly full backup</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="85" />
            <source>keep</source>
            <translation>keep</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="89" />
            <source>Schedule:</source>
            <translation>Schedule:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="90" />
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="97" />
            <source>Choose a folder</source>
            <translation>Choose a folder</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="108" />
            <source> (rotated out)</source>
            <translation> (rotated out)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="109" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="109" />
            <source>Failed: {error}</source>
            <translation>Failed: {error}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="110" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="110" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="110" />
            <source>Made by</source>
            <translation>Made by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="110" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="111" />
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="111" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="111" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="125" />
            <source>Last backup: {when}</source>
            <translation>Last backup: {when}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="126" />
            <source>none yet</source>
            <translation>none yet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="131" />
            <source>No second copy place is set: important data are kept in two copies in different places (ARCH-09).</source>
            <translation>No second copy place is set: important data are kept in two copies in different places (ARCH-09).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="139" />
            <source>Signing passphrase</source>
            <translation>Signing passphrase</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="140" />
            <source>Your signing passphrase for the audit checkpoint:</source>
            <translation>Your signing passphrase for the audit checkpoint:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="151" />
            <source>Backup written: {path} ({size}).</source>
            <translation>Backup written: {path} ({size}).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="153" />
            <source>Second copy: {path}</source>
            <translation>Second copy: {path}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="154" />
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="157" />
            <source>Restore from a backup file</source>
            <translation>Restore from a backup file</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="159" />
            <source>Bureau Desk backups (*.bdbak)</source>
            <translation>Bureau Desk backups (*.bdbak)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="163" />
            <location filename="../desktop/ui/admin/backup_page.py" line="190" />
            <location filename="../desktop/ui/admin/backup_page.py" line="207" />
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="175" />
            <source>Replace ALL data of {current_bureau} ({current_docs} documents, {current_audit} audit entries, database {database})
with the backup of {bureau} made {created} by {maker}:
{content}
({docs} documents, {pdfs} stored PDFs, {keys} key containers, {audit} audit entries).

The current state is backed up first, and the file is checked before anything is replaced. Everybody must then sign in again.</source>
            <translation>Replace ALL data of {current_bureau} ({current_docs} documents, {current_audit} audit entries, database {database})
with the backup of {bureau} made {created} by {maker}:
{content}
({docs} documents, {pdfs} stored PDFs, {keys} key containers, {audit} audit entries).

The current state is backed up first, and the file is checked before anything is replaced. Everybody must then sign in again.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="202" />
            <source>Restored and checked: {audit} audit entries, {pdfs} stored PDFs.</source>
            <translation>Restored and checked: {audit} audit entries, {pdfs} stored PDFs.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="205" />
            <source>The state before was backed up to {path}.</source>
            <translation>The state before was backed up to {path}.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="207" />
            <source>Please sign in again.</source>
            <translation>Please sign in again.</translation>
        </message>
    </context>
    <context>
        <name>BooksPage</name>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="299" />
            <source>Books</source>
            <translation>Books</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="308" />
            <source>Vouchers</source>
            <translation>Vouchers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="308" />
            <source>Trial balance</source>
            <translation>Trial balance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="309" />
            <source>Ledger</source>
            <translation>Ledger</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="309" />
            <source>Cash and bank journals</source>
            <translation>Cash and bank journals</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="310" />
            <source>Month close</source>
            <translation>Month close</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="314" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>BudgetLineDialog</name>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="52" />
            <source>Edit budget line</source>
            <translation>Edit budget line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="52" />
            <source>New budget line</source>
            <translation>New budget line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="67" />
            <source>(whole bureau)</source>
            <translation>(whole bureau)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="73" />
            <source>Special fund: only for its approved purpose (VOUCH-21)</source>
            <translation>Special fund: only for its approved purpose (VOUCH-21)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="77" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="84" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="85" />
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="86" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="87" />
            <source>Project:</source>
            <translation>Project:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="88" />
            <source>Economic class:</source>
            <translation>Economic class:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="89" />
            <source>Functional class:</source>
            <translation>Functional class:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="90" />
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="91" />
            <source>Approved amount (yuan):</source>
            <translation>Approved amount (yuan):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="93" />
            <source>Purpose of the fund:</source>
            <translation>Purpose of the fund:</translation>
        </message>
    </context>
    <context>
        <name>BudgetPage</name>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="129" />
            <source>New budget line…</source>
            <translation>New budget line…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="131" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="143" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="163" />
            <source>Budget code</source>
            <translation>Budget code</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="163" />
            <source>Line name</source>
            <translation>Line name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="163" />
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="163" />
            <source>Economic class</source>
            <translation>Economic class</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="163" />
            <location filename="../desktop/ui/claims/budget_page.py" line="166" />
            <source>Special fund</source>
            <translation>Special fund</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="164" />
            <source>Approved amount</source>
            <translation>Approved amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="164" />
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="164" />
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="164" />
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="165" />
            <source>Used</source>
            <translation>Used</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="165" />
            <source> (inactive)</source>
            <translation> (inactive)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="182" />
            <source>Spent {spent} + committed {committed} of {approved}</source>
            <translation>Spent {spent} + committed {committed} of {approved}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="190" />
            <source>{n} lines · approved {approved} · spent {spent} · committed {committed} · remaining {remaining}</source>
            <translation>{n} lines · approved {approved} · spent {spent} · committed {committed} · remaining {remaining}</translation>
        </message>
    </context>
    <context>
        <name>BureauPage</name>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="108" />
            <source>The bureau</source>
            <translation>The bureau</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="109" />
            <source>Its full name as on its seal, and a short code used in file names and serial numbers.</source>
            <translation>Its full name as on its seal, and a short code used in file names and serial numbers.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="113" />
            <source>e.g. 通榆县医疗保障局</source>
            <translation>e.g. 通榆县医疗保障局</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="116" />
            <source>e.g. TY</source>
            <translation>e.g. TY</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="118" />
            <source>Bureau name:</source>
            <translation>Bureau name:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="119" />
            <source>Bureau code:</source>
            <translation>Bureau code:</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="197" />
            <source>Cancel the purchase</source>
            <translation>Cancel the purchase</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="199" />
            <source>Why the purchase is cancelled</source>
            <translation>Why the purchase is cancelled</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="200" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>CardDialog</name>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="41" />
            <source>Edit card {no}</source>
            <translation>Edit card {no}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="42" />
            <source>Register a fixed asset</source>
            <translation>Register a fixed asset</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="67" />
            <source>Prior approval (document no. or reference) [ASSET-02]</source>
            <translation>Prior approval (document no. or reference) [ASSET-02]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="75" />
            <source>A batch of durable items of one kind (one card) [ASSET-01]</source>
            <translation>A batch of durable items of one kind (one card) [ASSET-01]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="77" />
            <source>Holds storage media (wiped before disposal)</source>
            <translation>Holds storage media (wiped before disposal)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="80" />
            <source>Already in use before this register (opening card, no acceptance)</source>
            <translation>Already in use before this register (opening card, no acceptance)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="88" />
            <source>Why the card changes (kept in its history)</source>
            <translation>Why the card changes (kept in its history)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="109" />
            <source>The asset</source>
            <translation>The asset</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="111" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="116" />
            <source>Category (GB/T 14885):</source>
            <translation>Category (GB/T 14885):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="117" />
            <source>Specification / model:</source>
            <translation>Specification / model:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="120" />
            <source>Unit of measure:</source>
            <translation>Unit of measure:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="122" />
            <source>Quantity:</source>
            <translation>Quantity:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="125" />
            <source>Acquisition</source>
            <translation>Acquisition</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="127" />
            <source>Original value (yuan):</source>
            <translation>Original value (yuan):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="128" />
            <source>Acquired on:</source>
            <translation>Acquired on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="129" />
            <source>Acquired by:</source>
            <translation>Acquired by:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="130" />
            <source>Funding source:</source>
            <translation>Funding source:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="131" />
            <source>Supplier:</source>
            <translation>Supplier:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="132" />
            <source>Contract no.:</source>
            <translation>Contract no.:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="133" />
            <source>Approval reference:</source>
            <translation>Approval reference:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="134" />
            <source>Use and location</source>
            <translation>Use and location</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="136" />
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="137" />
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="138" />
            <source>Location:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="139" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="140" />
            <source>Opening card</source>
            <translation>Opening card</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="143" />
            <source>Depreciated before (yuan):</source>
            <translation>Depreciated before (yuan):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="144" />
            <source>Months depreciated before:</source>
            <translation>Months depreciated before:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="158" />
            <source>Reason for the change:</source>
            <translation>Reason for the change:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="170" />
            <location filename="../desktop/ui/assets/card_dialog.py" line="180" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="187" />
            <source>not depreciated</source>
            <translation>not depreciated</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="189" />
            <source>useful life {years} years</source>
            <translation>useful life {years} years</translation>
        </message>
    </context>
    <context>
        <name>CardList</name>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="50" />
            <source>Card no., name, specification (Ctrl+F)</source>
            <translation>Card no., name, specification (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="58" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="58" />
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="59" />
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="59" />
            <source>Location:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="65" />
            <source>Register an asset…</source>
            <translation>Register an asset…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="66" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="67" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="68" />
            <source>Accept…</source>
            <translation>Accept…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="69" />
            <source>Idle / back in use…</source>
            <translation>Idle / back in use…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="70" />
            <source>Change user or location…</source>
            <translation>Change user or location…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="71" />
            <source>Request repair…</source>
            <translation>Request repair…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="72" />
            <source>Request transfer in…</source>
            <translation>Request transfer in…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="73" />
            <source>Request disposal…</source>
            <translation>Request disposal…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="74" />
            <source>Holdings and departures…</source>
            <translation>Holdings and departures…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="96" />
            <source>◀ Previous</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="98" />
            <source>Next ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="133" />
            <source>Card no.</source>
            <translation>Card no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="133" />
            <source>Asset name</source>
            <translation>Asset name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="133" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="134" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="134" />
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="135" />
            <source>Original value</source>
            <translation>Original value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="135" />
            <source>Date acquired</source>
            <translation>Date acquired</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="136" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="136" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="136" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="138" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="147" />
            <location filename="../desktop/ui/assets/card_list.py" line="150" />
            <location filename="../desktop/ui/assets/card_list.py" line="152" />
            <location filename="../desktop/ui/assets/card_list.py" line="154" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="180" />
            <source>Cards {first}–{last} of {total}</source>
            <translation>Cards {first}–{last} of {total}</translation>
        </message>
    </context>
    <context>
        <name>CardPicker</name>
        <message>
            <location filename="../desktop/ui/assets/card_picker.py" line="39" />
            <source>Card no. or name, then Enter</source>
            <translation>Card no. or name, then Enter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_picker.py" line="44" />
            <source>Add ↓</source>
            <translation>Add ↓</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_picker.py" line="46" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_picker.py" line="57" />
            <source>Cards chosen:</source>
            <translation>Cards chosen:</translation>
        </message>
    </context>
    <context>
        <name>CardViewDialog</name>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="60" />
            <source>Add photo or file…</source>
            <translation>Add photo or file…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="63" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="75" />
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="76" />
            <source>Acceptance</source>
            <translation>Acceptance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="77" />
            <source>Card history</source>
            <translation>Card history</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="78" />
            <source>Photos and files</source>
            <translation>Photos and files</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="103" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="103" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="103" />
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="103" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="104" />
            <source>Document no.</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="111" />
            <source>batch of durable items</source>
            <translation>batch of durable items</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="112" />
            <source>storage media</source>
            <translation>storage media</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="114" />
            <source>Card no.</source>
            <translation>Card no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="114" />
            <source>Asset name</source>
            <translation>Asset name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="115" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="116" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="116" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="117" />
            <source>Original value</source>
            <translation>Original value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="118" />
            <source>Accumulated depreciation</source>
            <translation>Accumulated depreciation</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="119" />
            <source>Net value</source>
            <translation>Net value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="120" />
            <source>Date acquired</source>
            <translation>Date acquired</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="121" />
            <source>Funding source</source>
            <translation>Funding source</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="121" />
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="122" />
            <source>Contract no.</source>
            <translation>Contract no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="122" />
            <source>Approval reference</source>
            <translation>Approval reference</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="123" />
            <source>Use and location</source>
            <translation>Use and location</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="123" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="124" />
            <source>Marked</source>
            <translation>Marked</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="124" />
            <location filename="../desktop/ui/assets/card_view.py" line="136" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="132" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="133" />
            <source>Asset manager</source>
            <translation>Asset manager</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="133" />
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="134" />
            <source>Not accepted</source>
            <translation>Not accepted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="136" />
            <source>As</source>
            <translation>As</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="136" />
            <source>Accepted by</source>
            <translation>Accepted by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="136" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="137" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="141" />
            <source>Awaiting acceptance by: {who} [ASSET-11]</source>
            <translation>Awaiting acceptance by: {who} [ASSET-11]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="144" />
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="168" />
            <source>Add photo or file</source>
            <translation>Add photo or file</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="170" />
            <source>Photos and documents (*.png *.jpg *.jpeg *.pdf *.ofd);;All files (*)</source>
            <translation>Photos and documents (*.png *.jpg *.jpeg *.pdf *.ofd);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>CashierPage</name>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="206" />
            <source>Pay…</source>
            <translation>Pay…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="211" />
            <source>&lt;b&gt;Approved, waiting to be paid&lt;/b&gt;</source>
            <translation>&lt;b&gt;Approved, waiting to be paid&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="216" />
            <source>Day close (VOUCH-13)</source>
            <translation>Day close (VOUCH-13)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="229" />
            <source>cash counted (cash only)</source>
            <translation>cash counted (cash only)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="231" />
            <source>Close the day</source>
            <translation>Close the day</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="235" />
            <source>Account:</source>
            <translation>Account:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="235" />
            <source>Day:</source>
            <translation>Day:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="265" />
            <source>Expense claim</source>
            <translation>Expense claim</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="266" />
            <source>Advance</source>
            <translation>Advance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="267" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="267" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="267" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="267" />
            <source>Payee</source>
            <translation>Payee</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="268" />
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="271" />
            <source>{n} to pay</source>
            <translation>{n} to pay</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="310" />
            <source>&lt;span style='color:#b42318'&gt;“{text}” is not an amount&lt;/span&gt;</source>
            <translation>&lt;span style='color:#b42318'&gt;“{text}” is not an amount&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="315" />
            <source>{day}: {account} closed at {balance}</source>
            <translation>{day}: {account} closed at {balance}</translation>
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
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="26" />
            <source>Change signing passphrase</source>
            <translation>Change signing passphrase</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="30" />
            <source>The signing passphrase opens your signing certificate and the seals you keep; it is not your sign-in password. Every key it protects is re-encrypted with the new one. At least 8 characters with letters, digits and a special character.</source>
            <translation>The signing passphrase opens your signing certificate and the seals you keep; it is not your sign-in password. Every key it protects is re-encrypted with the new one. At least 8 characters with letters, digits and a special character.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="31" />
            <source>Current passphrase:</source>
            <translation>Current passphrase:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="32" />
            <source>New passphrase:</source>
            <translation>New passphrase:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="33" />
            <source>Repeat new passphrase:</source>
            <translation>Repeat new passphrase:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="43" />
            <source>The two new passphrases differ.</source>
            <translation>The two new passphrases differ.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="58" />
            <source>These keys were not encrypted with your old passphrase and were left as they were; ask the system administrator:
{keys}</source>
            <translation>These keys were not encrypted with your old passphrase and were left as they were; ask the system administrator:
{keys}</translation>
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
        <name>CheckpointDialog</name>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="22" />
            <source>Sign the audit checkpoint</source>
            <translation>Sign the audit checkpoint</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="27" />
            <source>Sign the audit trail's current state with the bureau root certificate. Enter the root CA passphrase.</source>
            <translation>Sign the audit trail's current state with the bureau root certificate. Enter the root CA passphrase.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="30" />
            <source>Sign the audit trail's current state with your signing certificate, so that nobody can rewrite it unnoticed. Enter your signing passphrase.</source>
            <translation>Sign the audit trail's current state with your signing certificate, so that nobody can rewrite it unnoticed. Enter your signing passphrase.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="32" />
            <source>You may skip this; the home page offers it again.</source>
            <translation>You may skip this; the home page offers it again.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="38" />
            <source>Signing passphrase</source>
            <translation>Signing passphrase</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="39" />
            <source>Root CA passphrase</source>
            <translation>Root CA passphrase</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="42" />
            <source>Sign</source>
            <translation>Sign</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="43" />
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="43" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ChooseDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="138" />
            <source>Choose the supplier</source>
            <translation>Choose the supplier</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="144" />
            <source>Why this supplier (lowest price, agreement supplier …)</source>
            <translation>Why this supplier (lowest price, agreement supplier …)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="147" />
            <source>For items on the government procurement catalogue [SUPPLY-07]</source>
            <translation>For items on the government procurement catalogue [SUPPLY-07]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="148" />
            <source>Quote:</source>
            <translation>Quote:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="149" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="150" />
            <source>Procurement approval no.:</source>
            <translation>Procurement approval no.:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="152" />
            <source>Three suppliers' quotes at least, gathered by two people at least who have each confirmed [SUPPLY-05].</source>
            <translation>Three suppliers' quotes at least, gathered by two people at least who have each confirmed [SUPPLY-05].</translation>
        </message>
    </context>
    <context>
        <name>ClaimDialog</name>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="140" />
            <source>New travel claim</source>
            <translation>New travel claim</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="144" />
            <source>Compute the breakdown</source>
            <translation>Compute the breakdown</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="146" />
            <source>Approved trip:</source>
            <translation>Approved trip:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="200" />
            <location filename="../desktop/ui/travel_page.py" line="151" />
            <location filename="../desktop/ui/travel_page.py" line="158" />
            <location filename="../desktop/ui/travel_page.py" line="194" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="151" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="151" />
            <source>Lodged</source>
            <translation>Lodged</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="152" />
            <source>Lodging invoice</source>
            <translation>Lodging invoice</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="152" />
            <source>Hosted</source>
            <translation>Hosted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="152" />
            <source>Own vehicle</source>
            <translation>Own vehicle</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="155" />
            <source>Days:</source>
            <translation>Days:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="158" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="158" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="158" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="159" />
            <source>Means</source>
            <translation>Means</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="159" />
            <source>Fare</source>
            <translation>Fare</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="160" />
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="163" />
            <source>Legs:</source>
            <translation>Legs:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="156" />
            <source>Grade:</source>
            <translation>Grade:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="165" />
            <source>Advance taken (yuan):</source>
            <translation>Advance taken (yuan):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="129" />
            <source>New expense claim</source>
            <translation>New expense claim</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="137" />
            <source>Claim details</source>
            <translation>Claim details</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="141" />
            <source>Required: what the money was spent on (VOUCH-05)</source>
            <translation>Required: what the money was spent on (VOUCH-05)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="144" />
            <source>Taken from the purpose when left empty</source>
            <translation>Taken from the purpose when left empty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="149" />
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="155" />
            <source>(by the economic class)</source>
            <translation>(by the economic class)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="168" />
            <source>Government procurement</source>
            <translation>Government procurement</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="170" />
            <source>Routine office spending</source>
            <translation>Routine office spending</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="175" />
            <source>Purpose (required):</source>
            <translation>Purpose (required):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="175" />
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="176" />
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="176" />
            <source>Economic class:</source>
            <translation>Economic class:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="177" />
            <source>Budget line:</source>
            <translation>Budget line:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="178" />
            <location filename="../desktop/ui/travel_page.py" line="166" />
            <source>Payee:</source>
            <translation>Payee:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="178" />
            <location filename="../desktop/ui/travel_page.py" line="167" />
            <source>Bank:</source>
            <translation>Bank:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="179" />
            <location filename="../desktop/ui/travel_page.py" line="168" />
            <source>Account no.:</source>
            <translation>Account no.:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="195" />
            <source>Invoices</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="200" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="200" />
            <source>Invoice code</source>
            <translation>Invoice code</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="200" />
            <source>Invoice no.</source>
            <translation>Invoice no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="201" />
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="201" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="201" />
            <source>Scan (SHA-256)</source>
            <translation>Scan (SHA-256)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="208" />
            <source>Add a row</source>
            <translation>Add a row</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="210" />
            <source>Remove the row</source>
            <translation>Remove the row</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="212" />
            <source>Attach scan…</source>
            <translation>Attach scan…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="231" />
            <source>Attachments by type</source>
            <translation>Attachments by type</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="235" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="235" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="235" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="245" />
            <source>Attach file…</source>
            <translation>Attach file…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="247" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="258" />
            <source>Advance settled by this claim</source>
            <translation>Advance settled by this claim</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="262" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="268" />
            <source>Advance:</source>
            <translation>Advance:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="277" />
            <source>Check against the rules</source>
            <translation>Check against the rules</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="279" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="281" />
            <source>Save and submit…</source>
            <translation>Save and submit…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="283" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="360" />
            <source>Not an amount: write digits with at most two decimals</source>
            <translation>Not an amount: write digits with at most two decimals</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="367" />
            <source>Total: &lt;span style='color:#b42318'&gt;an amount cannot be read&lt;/span&gt;</source>
            <translation>Total: &lt;span style='color:#b42318'&gt;an amount cannot be read&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="369" />
            <source>Total: &lt;b&gt;{figures}&lt;/b&gt;　In words: &lt;b&gt;人民币{upper}&lt;/b&gt;</source>
            <translation>Total: &lt;b&gt;{figures}&lt;/b&gt;　In words: &lt;b&gt;人民币{upper}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="394" />
            <source>Press “Check against the rules” to see what remains.</source>
            <translation>Press “Check against the rules” to see what remains.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="395" />
            <source>No single budget line of this class: choose one.</source>
            <translation>No single budget line of this class: choose one.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="401" />
            <source>{line}: approved {approved} · spent {spent} · committed {committed} · remaining {remaining} → after this claim {after}</source>
            <translation>{line}: approved {approved} · spent {spent} · committed {committed} · remaining {remaining} → after this claim {after}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="415" />
            <source>Advanced &lt;b&gt;{advanced}&lt;/b&gt;　to return &lt;b&gt;{returned}&lt;/b&gt;　to pay &lt;b&gt;{extra}&lt;/b&gt;</source>
            <translation>Advanced &lt;b&gt;{advanced}&lt;/b&gt;　to return &lt;b&gt;{returned}&lt;/b&gt;　to pay &lt;b&gt;{extra}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="425" />
            <source>A written contract must be attached [VOUCH-17]</source>
            <translation>A written contract must be attached [VOUCH-17]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="466" />
            <source>Scan of invoice {n}</source>
            <translation>Scan of invoice {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="467" />
            <source>Scans (*.pdf *.png *.jpg *.jpeg *.ofd);;All files (*)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg *.ofd);;All files (*)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="482" />
            <source>Attachment: {kind}</source>
            <translation>Attachment: {kind}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="483" />
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="542" />
            <source>Within the rules and the budget</source>
            <translation>Within the rules and the budget</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="544" />
            <source>Remaining on the budget line: {remaining}</source>
            <translation>Remaining on the budget line: {remaining}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="317" />
            <source>Advance {a} → {s}</source>
            <translation>Advance {a} → {s}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="159" />
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="160" />
            <source>Allowed-class fare</source>
            <translation>Allowed-class fare</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="169" />
            <source>Attachments:</source>
            <translation>Attachments:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="171" />
            <source>Reason for a late claim:</source>
            <translation>Reason for a late claim:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="176" />
            <source>Breakdown (each figure with its rule):</source>
            <translation>Breakdown (each figure with its rule):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="191" />
            <source>Train</source>
            <translation>Train</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="191" />
            <source>Plane</source>
            <translation>Plane</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="191" />
            <source>Ship</source>
            <translation>Ship</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="193" />
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="194" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="194" />
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="194" />
            <source>Personal</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="194" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="197" />
            <source>Basis</source>
            <translation>Basis</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="212" />
            <source>— (by the receipt)</source>
            <translation>— (by the receipt)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="215" />
            <source>{cls} (above the grade: paid at the allowed-class fare)</source>
            <translation>{cls} (above the grade: paid at the allowed-class fare)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="314" />
            <source>Intercity {i} + lodging {l} + meals {m} + city transport {c} = {t} yuan; paid by the traveller {p}</source>
            <translation>Intercity {i} + lodging {l} + meals {m} + city transport {c} = {t} yuan; paid by the traveller {p}</translation>
        </message>
    </context>
    <context>
        <name>ClaimPaymentDialog</name>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="79" />
            <source>Pay {serial}</source>
            <translation>Pay {serial}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="98" />
            <source>Bank or card transaction reference</source>
            <translation>Bank or card transaction reference</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="99" />
            <source>Transfer to another account of the bureau itself</source>
            <translation>Transfer to another account of the bureau itself</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="106" />
            <source>Method:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="107" />
            <source>Paid from:</source>
            <translation>Paid from:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="108" />
            <source>Paid on:</source>
            <translation>Paid on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="109" />
            <source>Reference:</source>
            <translation>Reference:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="111" />
            <source>Official card (VOUCH-09):</source>
            <translation>Official card (VOUCH-09):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="113" />
            <source>Pay</source>
            <translation>Pay</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="129" />
            <source>Payee: {person}</source>
            <translation>Payee: {person}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="140" />
            <source>Payee: {payee} {bank} {account}</source>
            <translation>Payee: {payee} {bank} {account}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="142" />
            <source>Total {total} (人民币{upper}) · economic class {cls}</source>
            <translation>Total {total} (人民币{upper}) · economic class {cls}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="147" />
            <source>Settles advance {serial}: advanced {advanced} · to return {returned} · to pay {extra}</source>
            <translation>Settles advance {serial}: advanced {advanced} · to return {returned} · to pay {extra}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="150" />
            <source>&lt;b&gt;Receive {amount} back from the borrower.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Receive {amount} back from the borrower.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="153" />
            <location filename="../desktop/ui/claims/cashier_page.py" line="155" />
            <source>&lt;b&gt;Pay out {amount}.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Pay out {amount}.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="157" />
            <source>&lt;b&gt;Pay out the advance of {amount}.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Pay out the advance of {amount}.&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="168" />
            <source>Not in the mandatory official-card catalogue.</source>
            <translation>Not in the mandatory official-card catalogue.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="170" />
            <source>In the catalogue: paid by official card.</source>
            <translation>In the catalogue: paid by official card.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="173" />
            <source>In the catalogue. Written explanation attached: {files} (valid when the finance head approved the claim after it).</source>
            <translation>In the catalogue. Written explanation attached: {files} (valid when the finance head approved the claim after it).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="178" />
            <source>&lt;span style='color:#b42318'&gt;In the catalogue: paying otherwise than by official card needs the handler's written explanation signed by the finance head; none is attached.&lt;/span&gt;</source>
            <translation>&lt;span style='color:#b42318'&gt;In the catalogue: paying otherwise than by official card needs the handler's written explanation signed by the finance head; none is attached.&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>ClaimsArea</name>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="68" />
            <source>Claims and advances</source>
            <translation>Claims and advances</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="75" />
            <source>Budget lines</source>
            <translation>Budget lines</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="80" />
            <source>Cashier: payments</source>
            <translation>Cashier: payments</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="85" />
            <source>Awaiting vouchers</source>
            <translation>Awaiting vouchers</translation>
        </message>
    </context>
    <context>
        <name>ClaimsListPage</name>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="27" />
            <source>New expense claim…</source>
            <translation>New expense claim…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="28" />
            <source>New advance…</source>
            <translation>New advance…</translation>
        </message>
    </context>
    <context>
        <name>CloseDisposalDialog</name>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="77" />
            <source>Close the disposal</source>
            <translation>Close the disposal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="93" />
            <source>Disposal:</source>
            <translation>Disposal:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="95" />
            <source>External approval:</source>
            <translation>External approval:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="95" />
            <source>not recorded yet</source>
            <translation>not recorded yet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="96" />
            <source>Residual income (yuan):</source>
            <translation>Residual income (yuan):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="97" />
            <source>Owed in full to the treasury [ASSET-04]</source>
            <translation>Owed in full to the treasury [ASSET-04]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="98" />
            <source>Handed in full to the finance section [ASSET-04]</source>
            <translation>Handed in full to the finance section [ASSET-04]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="100" />
            <source>Storage media securely wiped:</source>
            <translation>Storage media securely wiped:</translation>
        </message>
    </context>
    <context>
        <name>ClosePanel</name>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="212" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="213" />
            <source>Close the month</source>
            <translation>Close the month</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="214" />
            <source>Reopen the month…</source>
            <translation>Reopen the month…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="229" />
            <source>Month:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="238" />
            <source>What stands in the way of closing:</source>
            <translation>What stands in the way of closing:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="253" />
            <source>{period}: closed</source>
            <translation>{period}: closed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="256" />
            <source>{period}: open</source>
            <translation>{period}: open</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="262" />
            <source>✓ Nothing: the month can be closed.</source>
            <translation>✓ Nothing: the month can be closed.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="265" />
            <source>Closed months: {months}</source>
            <translation>Closed months: {months}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="278" />
            <source>Reopen the month</source>
            <translation>Reopen the month</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="280" />
            <source>Why is {period} reopened? (recorded in the audit trail)</source>
            <translation>Why is {period} reopened? (recorded in the audit trail)</translation>
        </message>
    </context>
    <context>
        <name>CollectorsDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="436" />
            <source>Collectors of the sections</source>
            <translation>Collectors of the sections</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="443" />
            <source>Name as collector</source>
            <translation>Name as collector</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="474" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="474" />
            <source>Collector</source>
            <translation>Collector</translation>
        </message>
    </context>
    <context>
        <name>CompleteRepairDialog</name>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="144" />
            <source>Repair completed</source>
            <translation>Repair completed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="151" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="156" />
            <source>Request:</source>
            <translation>Request:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="157" />
            <source>Cost (yuan):</source>
            <translation>Cost (yuan):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="158" />
            <source>Repaired by:</source>
            <translation>Repaired by:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="159" />
            <source>Supervised on site by:</source>
            <translation>Supervised on site by:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="160" />
            <source>Compensation (yuan):</source>
            <translation>Compensation (yuan):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="161" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>CountGrid</name>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="74" />
            <source>← Counts</source>
            <translation>← Counts</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="79" />
            <source>Save counts</source>
            <translation>Save counts</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="80" />
            <source>Report differences…</source>
            <translation>Report differences…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="81" />
            <source>Approval sheet…</source>
            <translation>Approval sheet…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="82" />
            <location filename="../desktop/ui/supplies/counts_panel.py" line="251" />
            <source>Adjust stock</source>
            <translation>Adjust stock</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="101" />
            <source>Type the counted quantity; explain every difference, naming the person liable and any compensation [SUPPLY-11, SUPPLY-12].</source>
            <translation>Type the counted quantity; explain every difference, naming the person liable and any compensation [SUPPLY-11, SUPPLY-12].</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="117" />
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="117" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="117" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="117" />
            <source>Unit of measure</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="117" />
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="118" />
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="118" />
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="118" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="118" />
            <source>Explanation</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="119" />
            <source>Person liable</source>
            <translation>Person liable</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="121" />
            <source>Compensation</source>
            <translation>Compensation</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="126" />
            <source>{no}  {store}  counted on {day}</source>
            <translation>{no}  {store}  counted on {day}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="131" />
            <source>State: {state}</source>
            <translation>State: {state}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="153" />
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="251" />
            <source>The stock was adjusted as the approved report says.</source>
            <translation>The stock was adjusted as the approved report says.</translation>
        </message>
    </context>
    <context>
        <name>CountScreen</name>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="44" />
            <source>Counting</source>
            <translation>Counting</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="45" />
            <source>Report in approval</source>
            <translation>Report in approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="46" />
            <source>Cards adjusted</source>
            <translation>Cards adjusted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="70" />
            <source>← All counts</source>
            <translation>← All counts</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="76" />
            <source>Print count sheet…</source>
            <translation>Print count sheet…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="77" />
            <source>Print labels…</source>
            <translation>Print labels…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="78" />
            <source>Surplus/shortage report…</source>
            <translation>Surplus/shortage report…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="79" />
            <source>Approval sheet…</source>
            <translation>Approval sheet…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="80" />
            <location filename="../desktop/ui/assets/count_screen.py" line="322" />
            <source>Adjust cards</source>
            <translation>Adjust cards</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="97" />
            <source>Scan a label or type the asset number, then Enter</source>
            <translation>Scan a label or type the asset number, then Enter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="103" />
            <source>Scan:</source>
            <translation>Scan:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="118" />
            <source>Scans (latest first)</source>
            <translation>Scans (latest first)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="161" />
            <source>Asset no.</source>
            <translation>Asset no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="161" />
            <source>Asset name</source>
            <translation>Asset name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="161" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="161" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="162" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="163" />
            <source>Original value</source>
            <translation>Original value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="199" />
            <source>Found {found} / {expected}</source>
            <translation>Found {found} / {expected}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="202" />
            <source>from elsewhere {n}</source>
            <translation>from elsewhere {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="204" />
            <source>unknown {n}</source>
            <translation>unknown {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="206" />
            <source>Not found yet: {n}</source>
            <translation>Not found yet: {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="244" />
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="244" />
            <source>Already scanned</source>
            <translation>Already scanned</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="245" />
            <source>Unknown tag</source>
            <translation>Unknown tag</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="245" />
            <source>Belongs elsewhere</source>
            <translation>Belongs elsewhere</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="282" />
            <source>Count sheet</source>
            <translation>Count sheet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="284" />
            <source>{n} page(s)</source>
            <translation>{n} page(s)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="322" />
            <source>The cards were adjusted as the approved report says.</source>
            <translation>The cards were adjusted as the approved report says.</translation>
        </message>
    </context>
    <context>
        <name>CountsPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="264" />
            <source>Start a count…</source>
            <translation>Start a count…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="265" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="266" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="306" />
            <source>Count no.</source>
            <translation>Count no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="306" />
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="306" />
            <source>Count date</source>
            <translation>Count date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="306" />
            <source>Half-year</source>
            <translation>Half-year</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="307" />
            <source>Items in store</source>
            <translation>Items in store</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="307" />
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="307" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="308" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
    </context>
    <context>
        <name>CrlDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="710" />
            <source>Publish revocation list</source>
            <translation>Publish revocation list</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="713" />
            <source>Publish the certificate revocation list (CRL) signed by the bureau root: every revoked seal and signing certificate with the time it was revoked. Give the file to whoever verifies the bureau's PDFs.</source>
            <translation>Publish the certificate revocation list (CRL) signed by the bureau root: every revoked seal and signing certificate with the time it was revoked. Give the file to whoever verifies the bureau's PDFs.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="717" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="723" />
            <source>Root CA passphrase:</source>
            <translation>Root CA passphrase:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="724" />
            <source>Save as:</source>
            <translation>Save as:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="725" />
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="729" />
            <source>Save revocation list</source>
            <translation>Save revocation list</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="730" />
            <source>Revocation lists (*.crl *.pem)</source>
            <translation>Revocation lists (*.crl *.pem)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="737" />
            <source>Choose where to save the revocation list.</source>
            <translation>Choose where to save the revocation list.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="739" />
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="747" />
            <source>Revocation list no. {number} is published in the database but cannot be written to {path}: {error}</source>
            <translation>Revocation list no. {number} is published in the database but cannot be written to {path}: {error}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="758" />
            <source>Revocation list no. {number} published with {n} revoked certificate(s), saved as {path}.</source>
            <translation>Revocation list no. {number} published with {n} revoked certificate(s), saved as {path}.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="759" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>CustodyDialog</name>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="28" />
            <source>Holdings and departures</source>
            <translation>Holdings and departures</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="39" />
            <location filename="../desktop/ui/assets/custody_dialog.py" line="105" />
            <source>Leaves the bureau</source>
            <translation>Leaves the bureau</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="39" />
            <location filename="../desktop/ui/assets/custody_dialog.py" line="106" />
            <source>Retires</source>
            <translation>Retires</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="44" />
            <source>Open departure</source>
            <translation>Open departure</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="46" />
            <source>Sign off the departure</source>
            <translation>Sign off the departure</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="53" />
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="55" />
            <source>Departure (ASSET-07)</source>
            <translation>Departure (ASSET-07)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="57" />
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="58" />
            <source>Leaving on:</source>
            <translation>Leaving on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="59" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="70" />
            <source>Everything in this person's keeping:</source>
            <translation>Everything in this person's keeping:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="74" />
            <source>Departures:</source>
            <translation>Departures:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="98" />
            <source>Card no.</source>
            <translation>Card no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="98" />
            <source>Asset name</source>
            <translation>Asset name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="98" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="99" />
            <source>Qty</source>
            <translation>Qty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="99" />
            <source>Original value</source>
            <translation>Original value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="99" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="100" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="102" />
            <source>Cards held: {n}</source>
            <translation>Cards held: {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="109" />
            <source>Leaver</source>
            <translation>Leaver</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="109" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="109" />
            <source>Leaving on</source>
            <translation>Leaving on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="110" />
            <source>Signed off by</source>
            <translation>Signed off by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="110" />
            <source>Signed off</source>
            <translation>Signed off</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="118" />
            <source>Signed off: nothing left in this person's keeping.</source>
            <translation>Signed off: nothing left in this person's keeping.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="120" />
            <source>Open: sign off once every card above is handed over.</source>
            <translation>Open: sign off once every card above is handed over.</translation>
        </message>
    </context>
    <context>
        <name>DecideDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="76" />
            <source>Consent to the loan</source>
            <translation>Consent to the loan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="76" />
            <source>Refuse the loan</source>
            <translation>Refuse the loan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="78" />
            <source>Loan:</source>
            <translation>Loan:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="81" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../desktop/ui/decision_dialog.py" line="34" />
            <source>e.g. {example}</source>
            <translation>e.g. {example}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/decision_dialog.py" line="36" />
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
        <message>
            <location filename="../forms/decision_dialog.ui" line="28" />
            <source>Matters decided (议题): each serves one document; leave the amount empty if the minute states none.</source>
            <translation>Matters decided (议题): each serves one document; leave the amount empty if the minute states none.</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="38" />
            <source>Matter</source>
            <translation>Matter</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="39" />
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="40" />
            <source>Serves document</source>
            <translation>Serves document</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="45" />
            <source>Add matter</source>
            <translation>Add matter</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="46" />
            <source>Remove matter</source>
            <translation>Remove matter</translation>
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
            <location filename="../desktop/ui/setup_wizard_pages.py" line="216" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="38" />
            <location filename="../desktop/ui/setup_wizard_pages.py" line="216" />
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
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="209" />
            <source>Departments</source>
            <translation>Departments</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="211" />
            <source>The offices of the bureau and the sections of the insurance centre. Edit the names to match yours; people and posts are added later by the administrator.</source>
            <translation>The offices of the bureau and the sections of the insurance centre. Edit the names to match yours; people and posts are added later by the administrator.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="212" />
            <source>Bureau offices</source>
            <translation>Bureau offices</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="212" />
            <source>Insurance centre</source>
            <translation>Insurance centre</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="222" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="224" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="226" />
            <source>Back to the usual list</source>
            <translation>Back to the usual list</translation>
        </message>
    </context>
    <context>
        <name>DepreciationPage</name>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="57" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="58" />
            <source>Run depreciation</source>
            <translation>Run depreciation</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="59" />
            <source>Reconcile with the ledger</source>
            <translation>Reconcile with the ledger</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="68" />
            <source>Month:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="86" />
            <source>The month's depreciation, card by card</source>
            <translation>The month's depreciation, card by card</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="93" />
            <source>Draft acquisition voucher for the selected</source>
            <translation>Draft acquisition voucher for the selected</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="97" />
            <source>Accepted cards with no acquisition voucher yet:</source>
            <translation>Accepted cards with no acquisition voucher yet:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="105" />
            <source>Runs</source>
            <translation>Runs</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="106" />
            <source>Acquisition vouchers</source>
            <translation>Acquisition vouchers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="145" />
            <location filename="../desktop/ui/assets/depreciation_page.py" line="246" />
            <source>Asset no.</source>
            <translation>Asset no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="145" />
            <location filename="../desktop/ui/assets/depreciation_page.py" line="246" />
            <source>Asset name</source>
            <translation>Asset name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="145" />
            <source>Monthly amount</source>
            <translation>Monthly amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="145" />
            <location filename="../desktop/ui/assets/depreciation_page.py" line="248" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="147" />
            <source>Expense account</source>
            <translation>Expense account</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="153" />
            <source>{period}: {n} card(s), total {total}</source>
            <translation>{period}: {n} card(s), total {total}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="162" />
            <source>Not run yet for this month.</source>
            <translation>Not run yet for this month.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="167" />
            <source>Depreciation for {period} is done: {n} card(s), {total}.</source>
            <translation>Depreciation for {period} is done: {n} card(s), {total}.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="175" />
            <source>Voucher {no}…</source>
            <translation>Voucher {no}…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="185" />
            <source>Depreciation for {period} was already run: nothing changed ({n} card(s), {total}).</source>
            <translation>Depreciation for {period} was already run: nothing changed ({n} card(s), {total}).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="189" />
            <source>Depreciation for {period} run: {n} card(s), {total}.</source>
            <translation>Depreciation for {period} run: {n} card(s), {total}.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="206" />
            <source>✓ Cards and ledger agree: original value {original}, accumulated depreciation {accumulated}.</source>
            <translation>✓ Cards and ledger agree: original value {original}, accumulated depreciation {accumulated}.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="211" />
            <source>✗ Cards and ledger differ:</source>
            <translation>✗ Cards and ledger differ:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="211" />
            <location filename="../desktop/ui/assets/depreciation_page.py" line="246" />
            <source>Original value</source>
            <translation>Original value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="212" />
            <source>Accumulated depreciation</source>
            <translation>Accumulated depreciation</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="215" />
            <source> (difference {diff})</source>
            <translation> (difference {diff})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="216" />
            <source>{what}: cards {cards}, ledger {ledger}</source>
            <translation>{what}: cards {cards}, ledger {ledger}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="229" />
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="229" />
            <source>Cards</source>
            <translation>Cards</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="229" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="229" />
            <source>Voucher</source>
            <translation>Voucher</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="229" />
            <source>Run by</source>
            <translation>Run by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="231" />
            <source>Run at</source>
            <translation>Run at</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="246" />
            <source>Acquired on</source>
            <translation>Acquired on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="251" />
            <source>Acquisition vouchers ({n})</source>
            <translation>Acquisition vouchers ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="266" />
            <source>Acquisition voucher drafted for {n} card(s).</source>
            <translation>Acquisition voucher drafted for {n} card(s).</translation>
        </message>
    </context>
    <context>
        <name>DifferenceDialog</name>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="39" />
            <source>Surplus/shortage report</source>
            <translation>Surplus/shortage report</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="42" />
            <source>Each surplus and shortage needs its cause and the proposed handling; the cards change only after the report is approved (ASSET-06).</source>
            <translation>Each surplus and shortage needs its cause and the proposed handling; the cards change only after the report is approved (ASSET-06).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="47" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="47" />
            <source>Asset or description</source>
            <translation>Asset or description</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="47" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="48" />
            <source>Value (yuan)</source>
            <translation>Value (yuan)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="48" />
            <source>Cause</source>
            <translation>Cause</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="48" />
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="60" />
            <source>Add a surplus</source>
            <translation>Add a surplus</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="61" />
            <source>Remove surplus row</source>
            <translation>Remove surplus row</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="62" />
            <source>Submit for approval…</source>
            <translation>Submit for approval…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="63" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="94" />
            <source>Shortage</source>
            <translation>Shortage</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="94" />
            <source>Surplus</source>
            <translation>Surplus</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="111" />
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="146" />
            <source>Surplus {surplus} · shortage {shortage}</source>
            <translation>Surplus {surplus} · shortage {shortage}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="168" />
            <source>Line {n}: the cause is missing</source>
            <translation>Line {n}: the cause is missing</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="169" />
            <source>Line {n}: the proposed handling is missing</source>
            <translation>Line {n}: the proposed handling is missing</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="170" />
            <source>Line {n}: describe the asset</source>
            <translation>Line {n}: describe the asset</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="183" />
            <source>Line {n}: choose the category</source>
            <translation>Line {n}: choose the category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="189" />
            <source>Line {n}: enter the estimated value</source>
            <translation>Line {n}: enter the estimated value</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="212" />
            <source>Dispatch</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="214" />
            <source>Vehicle:</source>
            <translation>Vehicle:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="215" />
            <source>Plate:</source>
            <translation>Plate:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="216" />
            <source>Driver:</source>
            <translation>Driver:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="217" />
            <source>Rented vehicle (rental slip and agreement)</source>
            <translation>Rented vehicle (rental slip and agreement)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="218" />
            <source>Rental company:</source>
            <translation>Rental company:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="219" />
            <source>Agreement no.:</source>
            <translation>Agreement no.:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="220" />
            <source>Cost:</source>
            <translation>Cost:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="221" />
            <source>Driving licence:</source>
            <translation>Driving licence:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="222" />
            <source>Vehicle licence:</source>
            <translation>Vehicle licence:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="223" />
            <source>ID card:</source>
            <translation>ID card:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="224" />
            <source>Mileage driven (km):</source>
            <translation>Mileage driven (km):</translation>
        </message>
    </context>
    <context>
        <name>DisposalDialog</name>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="28" />
            <source>Request a disposal</source>
            <translation>Request a disposal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="35" />
            <source>Technical appraisal: condition, why it cannot be used or repaired</source>
            <translation>Technical appraisal: condition, why it cannot be used or repaired</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="36" />
            <source>Cards:</source>
            <translation>Cards:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="37" />
            <source>Way:</source>
            <translation>Way:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="38" />
            <source>Appraisal:</source>
            <translation>Appraisal:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="40" />
            <source>A bulk disposal needs the collective decision; the cards close only after the external approval is recorded [ASSET-03].</source>
            <translation>A bulk disposal needs the collective decision; the cards close only after the external approval is recorded [ASSET-03].</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <location filename="../desktop/ui/home_page.py" line="201" />
            <source>Preview / print sheet…</source>
            <translation>Preview / print sheet…</translation>
        </message>
    </context>
    <context>
        <name>DocumentHtml</name>
        <message>
            <location filename="../desktop/ui/document_html.py" line="34" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="34" />
            <source>(not yet numbered)</source>
            <translation>(not yet numbered)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="35" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="36" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="37" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="38" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="38" />
            <source>yuan</source>
            <translation>yuan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="39" />
            <source>Submitter</source>
            <translation>Submitter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="42" />
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="46" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="49" />
            <source>Collective decision</source>
            <translation>Collective decision</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="51" />
            <source>Returned because</source>
            <translation>Returned because</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="61" />
            <source>The chain is fixed when the document is submitted.</source>
            <translation>The chain is fixed when the document is submitted.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="63" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="63" />
            <location filename="../desktop/ui/document_html.py" line="83" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="63" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="64" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="69" />
            <source>▶ current</source>
            <translation>▶ current</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="71" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="82" />
            <source>No actions yet.</source>
            <translation>No actions yet.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="83" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="83" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="84" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="84" />
            <source>Opinion</source>
            <translation>Opinion</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="85" />
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="99" />
            <source>[TAMPERED]</source>
            <translation>[TAMPERED]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="109" />
            <source>This record no longer matches the state the audit trail recorded: it was changed outside the application. It cannot be acted on; the audit post or the administrator checks it with “desktop audit verify --deep”.</source>
            <translation>This record no longer matches the state the audit trail recorded: it was changed outside the application. It cannot be acted on; the audit post or the administrator checks it with “desktop audit verify --deep”.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="117" />
            <source>Select a document to see its details.</source>
            <translation>Select a document to see its details.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="120" />
            <source>Approval chain</source>
            <translation>Approval chain</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="121" />
            <source>History</source>
            <translation>History</translation>
        </message>
    </context>
    <context>
        <name>DocumentSummary</name>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="267" />
            <source>Travellers</source>
            <translation>Travellers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="268" />
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="269" />
            <source>Dates and days</source>
            <translation>Dates and days</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="270" />
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="271" />
            <source>Companions</source>
            <translation>Companions</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="272" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="273" />
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="274" />
            <source>Funds</source>
            <translation>Funds</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="275" />
            <source>Advance</source>
            <translation>Advance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="276" />
            <source>Single room</source>
            <translation>Single room</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="277" />
            <source>Approval basis</source>
            <translation>Approval basis</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="278" />
            <source>Trip approval</source>
            <translation>Trip approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="279" />
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="280" />
            <source>Transport cost</source>
            <translation>Transport cost</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="281" />
            <source>Lodging</source>
            <translation>Lodging</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="282" />
            <source>Meal allowance</source>
            <translation>Meal allowance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="283" />
            <source>Local transport</source>
            <translation>Local transport</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="284" />
            <source>Paid by the traveller</source>
            <translation>Paid by the traveller</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="285" />
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="286" />
            <source>Payee</source>
            <translation>Payee</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="287" />
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="288" />
            <source>Claim deadline</source>
            <translation>Claim deadline</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="289" />
            <source>Guest unit</source>
            <translation>Guest unit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="290" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="291" />
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="292" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="293" />
            <source>Meals</source>
            <translation>Meals</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="294" />
            <source>Accompanying</source>
            <translation>Accompanying</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="295" />
            <source>Accompanying limit</source>
            <translation>Accompanying limit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="296" />
            <source>Reception approval</source>
            <translation>Reception approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="297" />
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="298" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="299" />
            <source>Declaration</source>
            <translation>Declaration</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="300" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="301" />
            <source>Passengers</source>
            <translation>Passengers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="302" />
            <source>Departure</source>
            <translation>Departure</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="303" />
            <source>Returns at</source>
            <translation>Returns at</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="304" />
            <source>Distance</source>
            <translation>Distance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="305" />
            <source>Mileage</source>
            <translation>Mileage</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="306" />
            <source>Lead time</source>
            <translation>Lead time</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="307" />
            <source>Holiday</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="308" />
            <source>Urgent because</source>
            <translation>Urgent because</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="309" />
            <source>Vehicle</source>
            <translation>Vehicle</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="310" />
            <source>Driver</source>
            <translation>Driver</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="311" />
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="312" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="313" />
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="314" />
            <source>Venue</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="315" />
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="316" />
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="317" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="318" />
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="319" />
            <source>Meeting approval</source>
            <translation>Meeting approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="320" />
            <source>Costs</source>
            <translation>Costs</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="321" />
            <source>Approved budget</source>
            <translation>Approved budget</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="322" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="323" />
            <source>Number of meetings</source>
            <translation>Number of meetings</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="324" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="325" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="326" />
            <source>Late because</source>
            <translation>Late because</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="327" />
            <source>Seal</source>
            <translation>Seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="328" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="329" />
            <source>Document number</source>
            <translation>Document number</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="330" />
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="331" />
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="332" />
            <source>Seal type</source>
            <translation>Seal type</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="333" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="334" />
            <source>Engraver</source>
            <translation>Engraver</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="335" />
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="336" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="337" />
            <source>Purchase no.</source>
            <translation>Purchase no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="338" />
            <source>Procurement catalogue</source>
            <translation>Procurement catalogue</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="339" />
            <source>Asset numbers</source>
            <translation>Asset numbers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="340" />
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="341" />
            <source>Acquired</source>
            <translation>Acquired</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="342" />
            <source>Years used</source>
            <translation>Years used</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="343" />
            <source>Residual value</source>
            <translation>Residual value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="344" />
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="345" />
            <source>External approval</source>
            <translation>External approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="346" />
            <source>Storage media</source>
            <translation>Storage media</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="347" />
            <source>From department</source>
            <translation>From department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="348" />
            <source>From custodian</source>
            <translation>From custodian</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="349" />
            <source>To department</source>
            <translation>To department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="350" />
            <source>To custodian</source>
            <translation>To custodian</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="351" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="352" />
            <source>Transfer date</source>
            <translation>Transfer date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="353" />
            <source>Asset name</source>
            <translation>Asset name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="354" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="355" />
            <source>Fault</source>
            <translation>Fault</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="356" />
            <source>Repair mode</source>
            <translation>Repair mode</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="357" />
            <source>Damage caused by</source>
            <translation>Damage caused by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="358" />
            <source>Counted on</source>
            <translation>Counted on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="359" />
            <source>Payment method</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="360" />
            <source>Intercity transport</source>
            <translation>Intercity transport</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="361" />
            <source>Late claim (TRAVEL-03)</source>
            <translation>Late claim (TRAVEL-03)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="362" />
            <source>Consumables</source>
            <translation>Consumables</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="363" />
            <source>Special items</source>
            <translation>Special items</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="364" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="365" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="366" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="367" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="368" />
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="369" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="370" />
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="371" />
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="372" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="373" />
            <source>Per head</source>
            <translation>Per head</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="374" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="375" />
            <source>Allowed</source>
            <translation>Allowed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="376" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="377" />
            <source>Basis</source>
            <translation>Basis</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="378" />
            <source>filed {filed}, departed {start}</source>
            <translation>filed {filed}, departed {start}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="379" />
            <source>Filed after departure (补报)</source>
            <translation>Filed after departure (补报)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="380" />
            <source>Late claim, after the deadline</source>
            <translation>Late claim, after the deadline</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="381" />
            <source>Over budget: {amount} yuan claimed, {left} yuan remain on {line}</source>
            <translation>Over budget: {amount} yuan claimed, {left} yuan remain on {line}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="382" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="383" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="384" />
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="385" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="386" />
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="387" />
            <source>Budget line</source>
            <translation>Budget line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="388" />
            <source> (charged at payment)</source>
            <translation> (charged at payment)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="389" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="390" />
            <source>Approved amount</source>
            <translation>Approved amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="391" />
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="392" />
            <source>Committed</source>
            <translation>Committed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="393" />
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="394" />
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="395" />
            <source>Tickets</source>
            <translation>Tickets</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="396" />
            <source>Breakdown by day</source>
            <translation>Breakdown by day</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="397" />
            <source>Invoices</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="398" />
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="399" />
            <source>{n} attached on paper (listed on the sheet)</source>
            <translation>{n} attached on paper (listed on the sheet)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="400" />
            <source>No attachments.</source>
            <translation>No attachments.</translation>
        </message>
    </context>
    <context>
        <name>EnableDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="165" />
            <source>Enable seal</source>
            <translation>Enable seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="168" />
            <source>Enable {seal}: its certificate is issued by the bureau root, its key is kept encrypted with the custodian's signing passphrase, and the enabling notice is signed with the impression specimen.</source>
            <translation>Enable {seal}: its certificate is issued by the bureau root, its key is kept encrypted with the custodian's signing passphrase, and the enabling notice is signed with the impression specimen.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="176" />
            <source>Custodian:</source>
            <translation>Custodian:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="177" />
            <source>Storage place:</source>
            <translation>Storage place:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="178" />
            <source>Enabled on:</source>
            <translation>Enabled on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="179" />
            <source>Custodian's signing passphrase:</source>
            <translation>Custodian's signing passphrase:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="180" />
            <source>Root CA passphrase:</source>
            <translation>Root CA passphrase:</translation>
        </message>
    </context>
    <context>
        <name>EngravingDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="622" />
            <source>Request seal engraving</source>
            <translation>Request seal engraving</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="624" />
            <source>Request a new seal: the request goes to the office and the bureau leaders; once approved, the office records the police filing and enables the seal.</source>
            <translation>Request a new seal: the request goes to the office and the bureau leaders; once approved, the office records the police filing and enables the seal.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="631" />
            <source>the full name as engraved</source>
            <translation>the full name as engraved</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="636" />
            <source>Seal kind:</source>
            <translation>Seal kind:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="637" />
            <source>Seal name:</source>
            <translation>Seal name:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="638" />
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="639" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>EnquirersDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="167" />
            <source>Name the enquirers</source>
            <translation>Name the enquirers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="178" />
            <source>Enquirers:</source>
            <translation>Enquirers:</translation>
        </message>
    </context>
    <context>
        <name>ExternalApprovalDialog</name>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="53" />
            <source>Record the external approval</source>
            <translation>Record the external approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="62" />
            <source>Disposal:</source>
            <translation>Disposal:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="63" />
            <source>Approving authority:</source>
            <translation>Approving authority:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="64" />
            <source>Approval reference:</source>
            <translation>Approval reference:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="65" />
            <source>Approval date:</source>
            <translation>Approval date:</translation>
        </message>
    </context>
    <context>
        <name>FilingDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="143" />
            <source>Record police filing</source>
            <translation>Record police filing</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="145" />
            <source>Record the police filing of {seal}: the filing number and the engraving unit designated by the police.</source>
            <translation>Record the police filing of {seal}: the filing number and the engraving unit designated by the police.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="151" />
            <source>Filing number:</source>
            <translation>Filing number:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="152" />
            <source>Filed on:</source>
            <translation>Filed on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="153" />
            <source>Engraving unit:</source>
            <translation>Engraving unit:</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="194" />
            <source>Hand over seal</source>
            <translation>Hand over seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="196" />
            <source>Hand over {seal}, now kept by &lt;b&gt;{custodian}&lt;/b&gt;. Both sign the handover sheet with their signing passphrases.</source>
            <translation>Hand over {seal}, now kept by &lt;b&gt;{custodian}&lt;/b&gt;. Both sign the handover sheet with their signing passphrases.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="202" />
            <source>e.g. job change, leave, business trip</source>
            <translation>e.g. job change, leave, business trip</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="203" />
            <source>Delegation for a period (custody returns afterwards)</source>
            <translation>Delegation for a period (custody returns afterwards)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="211" />
            <source>Hand over to:</source>
            <translation>Hand over to:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="212" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="214" />
            <source>Delegated until:</source>
            <translation>Delegated until:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="215" />
            <source>Passphrase of {name} (handing over):</source>
            <translation>Passphrase of {name} (handing over):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="217" />
            <source>Passphrase of the receiver:</source>
            <translation>Passphrase of the receiver:</translation>
        </message>
    </context>
    <context>
        <name>HoldingsDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="497" />
            <source>Holdings and hand-back</source>
            <translation>Holdings and hand-back</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="502" />
            <source>Hand back into stock…</source>
            <translation>Hand back into stock…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="505" />
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="519" />
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="534" />
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="535" />
            <source>On loan</source>
            <translation>On loan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="535" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="535" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="535" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="535" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="536" />
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="549" />
            <source>Hand back into stock</source>
            <translation>Hand back into stock</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="549" />
            <source>Condition of the item:</source>
            <translation>Condition of the item:</translation>
        </message>
    </context>
    <context>
        <name>HolidaysPage</name>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="41" />
            <source>Import a year's notice…</source>
            <translation>Import a year's notice…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="44" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="58" />
            <source>Name, e.g. 国庆节</source>
            <translation>Name, e.g. 国庆节</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="59" />
            <source>Set day</source>
            <translation>Set day</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="66" />
            <source>Weekday public holidays count as holidays for vehicle use (VEH-07); an adjusted working Saturday or Sunday counts as a working day. A bureau entry overrides the shipped calendar; 2027 is provisional until the State Council's notice.</source>
            <translation>Weekday public holidays count as holidays for vehicle use (VEH-07); an adjusted working Saturday or Sunday counts as a working day. A bureau entry overrides the shipped calendar; 2027 is provisional until the State Council's notice.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Weekday</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Set by</source>
            <translation>Set by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="83" />
            <source>Bureau</source>
            <translation>Bureau</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="83" />
            <source>Shipped</source>
            <translation>Shipped</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="95" />
            <source>Import holiday calendar</source>
            <translation>Import holiday calendar</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="96" />
            <source>Calendar (*.csv)</source>
            <translation>Calendar (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>HospitalityPage</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="327" />
            <source>Reception…</source>
            <translation>Reception…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="329" />
            <source>Reception list…</source>
            <translation>Reception list…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="331" />
            <source>Vehicle…</source>
            <translation>Vehicle…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="333" />
            <source>Dispatch…</source>
            <translation>Dispatch…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="334" />
            <source>Meeting…</source>
            <translation>Meeting…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="336" />
            <source>Meeting claim…</source>
            <translation>Meeting claim…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="338" />
            <source>Annual plan…</source>
            <translation>Annual plan…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="345" />
            <source>Agree to urgent use</source>
            <translation>Agree to urgent use</translation>
        </message>
    </context>
    <context>
        <name>IdleDialog</name>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="50" />
            <source>Mark as idle</source>
            <translation>Mark as idle</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="50" />
            <source>Back in use</source>
            <translation>Back in use</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="54" />
            <source>Card:</source>
            <translation>Card:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="55" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="33" />
            <source>Opening balances (start of the books)</source>
            <translation>Opening balances (start of the books)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="34" />
            <source>Vouchers from the old system</source>
            <translation>Vouchers from the old system</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="37" />
            <source>First month on the books, e.g. 2026-07 (2026 = January)</source>
            <translation>First month on the books, e.g. 2026-07 (2026 = January)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="38" />
            <source>Save the Excel template…</source>
            <translation>Save the Excel template…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="39" />
            <source>Choose a file…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="40" />
            <location filename="../desktop/ui/books/import_panel.py" line="138" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="43" />
            <source>No file chosen.</source>
            <translation>No file chosen.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="49" />
            <source>What:</source>
            <translation>What:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="59" />
            <source>Problems found (nothing is written until there are none):</source>
            <translation>Problems found (nothing is written until there are none):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="82" />
            <source>Save the Excel template</source>
            <translation>Save the Excel template</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="87" />
            <source>Choose the file to import</source>
            <translation>Choose the file to import</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="88" />
            <source>Excel or CSV (*.xlsx *.csv)</source>
            <translation>Excel or CSV (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="95" />
            <source>File: %1 (%2 bytes)</source>
            <translation>File: %1 (%2 bytes)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="114" />
            <source>… and %1 more</source>
            <translation>… and %1 more</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="117" />
            <source>%1 rows, %2 vouchers</source>
            <translation>%1 rows, %2 vouchers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="118" />
            <source>%1 rows</source>
            <translation>%1 rows</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="119" />
            <source>ready to import</source>
            <translation>ready to import</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="119" />
            <source>%1 problems</source>
            <translation>%1 problems</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="135" />
            <source>Opening balances imported: the books start in %1.</source>
            <translation>Opening balances imported: the books start in %1.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="137" />
            <source>%1 vouchers imported, awaiting review.</source>
            <translation>%1 vouchers imported, awaiting review.</translation>
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
        <name>IssueDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="218" />
            <source>Issue supplies to a section</source>
            <translation>Issue supplies to a section</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="233" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="233" />
            <source>Available</source>
            <translation>Available</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="233" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="233" />
            <source>Old one returned</source>
            <translation>Old one returned</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="234" />
            <source>Old item returned</source>
            <translation>Old item returned</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="234" />
            <source>Approval (special item)</source>
            <translation>Approval (special item)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="234" />
            <source>Held by</source>
            <translation>Held by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="238" />
            <source>Add a line</source>
            <translation>Add a line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="240" />
            <source>Remove the line</source>
            <translation>Remove the line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="243" />
            <source>A special item is issued only in exchange for the old one (交旧领新) or with its approval [SUPPLY-10]; never more than is available [SUPPLY-09].</source>
            <translation>A special item is issued only in exchange for the old one (交旧领新) or with its approval [SUPPLY-10]; never more than is available [SUPPLY-09].</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="249" />
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="250" />
            <source>Store:</source>
            <translation>Store:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="251" />
            <source>Issued on:</source>
            <translation>Issued on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="252" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="275" />
            <location filename="../desktop/ui/supplies/issues_panel.py" line="318" />
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="295" />
            <source>No collector named for this section [SUPPLY-09]</source>
            <translation>No collector named for this section [SUPPLY-09]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="297" />
            <source>Collector: {name} (signs for the issue)</source>
            <translation>Collector: {name} (signs for the issue)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="305" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="330" />
            <source>The old one was handed in (exchange for the new one)</source>
            <translation>The old one was handed in (exchange for the new one)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="332" />
            <source>What was handed in</source>
            <translation>What was handed in</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="333" />
            <source>Approval no. if no old one</source>
            <translation>Approval no. if no old one</translation>
        </message>
    </context>
    <context>
        <name>IssueViewDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="395" />
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="411" />
            <source>Issue {no}</source>
            <translation>Issue {no}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="414" />
            <source>&lt;b&gt;{no}&lt;/b&gt; · {department} · collector {collector} · issued {on} · {signed}</source>
            <translation>&lt;b&gt;{no}&lt;/b&gt; · {department} · collector {collector} · issued {on} · {signed}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="416" />
            <source>signed for {at}</source>
            <translation>signed for {at}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="417" />
            <source>not signed for yet</source>
            <translation>not signed for yet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="419" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="423" />
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="423" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="423" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="423" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="424" />
            <source>Unit of measure</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="424" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="424" />
            <source>Held by</source>
            <translation>Held by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="424" />
            <source>Old one returned</source>
            <translation>Old one returned</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="425" />
            <source>Old item returned</source>
            <translation>Old item returned</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="425" />
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
    </context>
    <context>
        <name>IssuesPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="61" />
            <source>Not signed for only</source>
            <translation>Not signed for only</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="64" />
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="66" />
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="68" />
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="74" />
            <source>Issue supplies…</source>
            <translation>Issue supplies…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="75" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="76" />
            <source>Sign for it</source>
            <translation>Sign for it</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="77" />
            <source>Collectors…</source>
            <translation>Collectors…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="78" />
            <source>Holdings and hand-back…</source>
            <translation>Holdings and hand-back…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="79" />
            <source>Issue register (PDF)…</source>
            <translation>Issue register (PDF)…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="80" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="111" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="123" />
            <source>{n} issue(s) await your signature</source>
            <translation>{n} issue(s) await your signature</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="127" />
            <source>✗ not signed</source>
            <translation>✗ not signed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="129" />
            <source>Issue no.</source>
            <translation>Issue no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="129" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="129" />
            <source>Collector</source>
            <translation>Collector</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="130" />
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="130" />
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="130" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="130" />
            <source>Signed for</source>
            <translation>Signed for</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="199" />
            <source>Issue register</source>
            <translation>Issue register</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="249" />
            <source>Item {code}</source>
            <translation>Item {code}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="250" />
            <source>New office-supply item</source>
            <translation>New office-supply item</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="252" />
            <source>Left empty: the next number (BG0001…)</source>
            <translation>Left empty: the next number (BG0001…)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="267" />
            <source>On the government procurement catalogue (not bought by the office itself) [SUPPLY-07]</source>
            <translation>On the government procurement catalogue (not bought by the office itself) [SUPPLY-07]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="270" />
            <source>Fixed-asset category when a unit qualifies as a fixed asset</source>
            <translation>Fixed-asset category when a unit qualifies as a fixed asset</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="271" />
            <source>Lent out, not issued (equipment such as cameras) [SUPPLY-14]</source>
            <translation>Lent out, not issued (equipment such as cameras) [SUPPLY-14]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="274" />
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="275" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="276" />
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="277" />
            <source>Specification / model:</source>
            <translation>Specification / model:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="278" />
            <source>Unit of measure:</source>
            <translation>Unit of measure:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="279" />
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="280" />
            <source>Reorder level:</source>
            <translation>Reorder level:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="281" />
            <source>Fixed-asset category:</source>
            <translation>Fixed-asset category:</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="35" />
            <source>Cash journal</source>
            <translation>Cash journal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="36" />
            <source>Bank journal</source>
            <translation>Bank journal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="39" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="43" />
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="69" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="69" />
            <source>Voucher no.</source>
            <translation>Voucher no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="69" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="69" />
            <source>Debit (in)</source>
            <translation>Debit (in)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="70" />
            <source>Credit (out)</source>
            <translation>Credit (out)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="72" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="83" />
            <source>Opening balance</source>
            <translation>Opening balance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="86" />
            <source>Day total</source>
            <translation>Day total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="93" />
            <source>Period total / closing balance</source>
            <translation>Period total / closing balance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="125" />
            <source>No cash or bank account moved in this period.</source>
            <translation>No cash or bank account moved in this period.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="131" />
            <source>Every day with movements has its closing balance (VOUCH-13).</source>
            <translation>Every day with movements has its closing balance (VOUCH-13).</translation>
        </message>
    </context>
    <context>
        <name>LabelDialog</name>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="40" />
            <location filename="../desktop/ui/assets/label_dialog.py" line="41" />
            <location filename="../desktop/ui/assets/label_dialog.py" line="90" />
            <source>Asset labels</source>
            <translation>Asset labels</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="46" />
            <source>Selected cards ({n})</source>
            <translation>Selected cards ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="55" />
            <source>Make labels</source>
            <translation>Make labels</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="59" />
            <source>Cards:</source>
            <translation>Cards:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="61" />
            <source>Label stock:</source>
            <translation>Label stock:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="80" />
            <source>No cards to label.</source>
            <translation>No cards to label.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="91" />
            <source>{n} label(s) on {pages} page(s)</source>
            <translation>{n} label(s) on {pages} page(s)</translation>
        </message>
    </context>
    <context>
        <name>LedgerModel</name>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="75" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="75" />
            <source>Voucher no.</source>
            <translation>Voucher no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="75" />
            <source>Ledger account</source>
            <translation>Ledger account</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="75" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="75" />
            <source>Debit</source>
            <translation>Debit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="76" />
            <source>Credit</source>
            <translation>Credit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="76" />
            <source>Dr/Cr</source>
            <translation>Dr/Cr</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="76" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="95" />
            <source>Opening balance</source>
            <translation>Opening balance</translation>
        </message>
    </context>
    <context>
        <name>LedgerView</name>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="124" />
            <source>Include unposted vouchers</source>
            <translation>Include unposted vouchers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="129" />
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="132" />
            <source>All economic classes</source>
            <translation>All economic classes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="133" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="141" />
            <source>Ledger account:</source>
            <translation>Ledger account:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="143" />
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="235" />
            <source>Ledger: {code} {name}</source>
            <translation>Ledger: {code} {name}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="240" />
            <source>{shown} of {total} lines</source>
            <translation>{shown} of {total} lines</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <location filename="../desktop/ui/record_form.py" line="90" />
            <source>Add a row</source>
            <translation>Add a row</translation>
        </message>
        <message>
            <location filename="../desktop/ui/record_form.py" line="92" />
            <source>Remove the selected row</source>
            <translation>Remove the selected row</translation>
        </message>
    </context>
    <context>
        <name>LoanRequestDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="36" />
            <source>Borrow equipment</source>
            <translation>Borrow equipment</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="43" />
            <source>(main store)</source>
            <translation>(main store)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="49" />
            <source>What the equipment is needed for</source>
            <translation>What the equipment is needed for</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="52" />
            <source>(myself)</source>
            <translation>(myself)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="53" />
            <source>Item:</source>
            <translation>Item:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="54" />
            <source>From store:</source>
            <translation>From store:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="55" />
            <source>Quantity:</source>
            <translation>Quantity:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="56" />
            <source>Return by:</source>
            <translation>Return by:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="57" />
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="58" />
            <source>Borrower:</source>
            <translation>Borrower:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="60" />
            <source>The office head consents; the keeper and you then check the item and both sign [SUPPLY-14].</source>
            <translation>The office head consents; the keeper and you then check the item and both sign [SUPPLY-14].</translation>
        </message>
    </context>
    <context>
        <name>LoansPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="148" />
            <source>All loans</source>
            <translation>All loans</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="149" />
            <source>Waiting for me</source>
            <translation>Waiting for me</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="150" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="157" />
            <source>Borrow…</source>
            <translation>Borrow…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="158" />
            <source>Consent…</source>
            <translation>Consent…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="159" />
            <source>Refuse…</source>
            <translation>Refuse…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="160" />
            <source>Sign for lending…</source>
            <translation>Sign for lending…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="161" />
            <source>Sign for return…</source>
            <translation>Sign for return…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="162" />
            <source>Loan sheet…</source>
            <translation>Loan sheet…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="163" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="173" />
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="211" />
            <source>Loan no.</source>
            <translation>Loan no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="211" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="211" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="211" />
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="212" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="212" />
            <source>Return by</source>
            <translation>Return by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="213" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="214" />
            <source>(overdue)</source>
            <translation>(overdue)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="221" />
            <source>{n} loan(s)</source>
            <translation>{n} loan(s)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="223" />
            <source>{n} overdue</source>
            <translation>{n} overdue</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="278" />
            <source>Loan sheet {no}</source>
            <translation>Loan sheet {no}</translation>
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
        <name>LostDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="323" />
            <source>Report seal lost</source>
            <translation>Report seal lost</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="326" />
            <source>Report {seal} lost or stolen? It is declared void at once and its certificate is revoked from now on: every later use is refused. This cannot be undone.</source>
            <translation>Report {seal} lost or stolen? It is declared void at once and its certificate is revoked from now on: every later use is refused. This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="329" />
            <source>When and how it was found missing (required)</source>
            <translation>When and how it was found missing (required)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="331" />
            <source>Circumstances:</source>
            <translation>Circumstances:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="332" />
            <source>Declare void</source>
            <translation>Declare void</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../desktop/ui/main_window.py" line="65" />
            <source>Change &amp;signing passphrase…</source>
            <translation>Change &amp;signing passphrase…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="174" />
            <source>Signed in: {name} ({username})</source>
            <translation>Signed in: {name} ({username})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="176" />
            <source>Positions: {positions}</source>
            <translation>Positions: {positions}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="193" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="264" />
            <source>Password changed.</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="272" />
            <source>Signing passphrase changed: {n} key(s) re-encrypted.</source>
            <translation>Signing passphrase changed: {n} key(s) re-encrypted.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="280" />
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
        <name>MeetingClaimDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="294" />
            <source>Meeting-cost claim</source>
            <translation>Meeting-cost claim</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="298" />
            <source>Approved meeting:</source>
            <translation>Approved meeting:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="302" />
            <source>Delegates signed in:</source>
            <translation>Delegates signed in:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="303" />
            <source>Staff signed in:</source>
            <translation>Staff signed in:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="304" />
            <source>Lodging:</source>
            <translation>Lodging:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="305" />
            <source>Food:</source>
            <translation>Food:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="306" />
            <source>Other:</source>
            <translation>Other:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="307" />
            <source>Approval document attached</source>
            <translation>Approval document attached</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="308" />
            <source>Meeting notice attached</source>
            <translation>Meeting notice attached</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="309" />
            <source>Sign-in sheet attached</source>
            <translation>Sign-in sheet attached</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="310" />
            <source>Itemised bills attached</source>
            <translation>Itemised bills attached</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="236" />
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="239" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="240" />
            <source>Category:</source>
            <translation>Category:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="242" />
            <source>Content:</source>
            <translation>Content:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="243" />
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="244" />
            <source>Days:</source>
            <translation>Days:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="245" />
            <source>Arrival and departure days:</source>
            <translation>Arrival and departure days:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="246" />
            <source>Venue:</source>
            <translation>Venue:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="247" />
            <source>Delegates:</source>
            <translation>Delegates:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="248" />
            <source>Staff:</source>
            <translation>Staff:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="249" />
            <source>Lodging budget:</source>
            <translation>Lodging budget:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="250" />
            <source>Food budget:</source>
            <translation>Food budget:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="251" />
            <source>Other budget:</source>
            <translation>Other budget:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="252" />
            <source>Briefing meeting</source>
            <translation>Briefing meeting</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="253" />
            <source>Mode:</source>
            <translation>Mode:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="255" />
            <source>Annual plan:</source>
            <translation>Annual plan:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="256" />
            <source>(not in the annual plan)</source>
            <translation>(not in the annual plan)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="262" />
            <source>Higher approval no. (categories 2–3):</source>
            <translation>Higher approval no. (categories 2–3):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="263" />
            <source>Cap:</source>
            <translation>Cap:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="272" />
            <source>not set: enter it in Rules → Standards [MEET-09]</source>
            <translation>not set: enter it in Rules → Standards [MEET-09]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="275" />
            <source>set separately [MEET-09]</source>
            <translation>set separately [MEET-09]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="278" />
            <source>{rate} yuan per person-day × {pd} person-days = {cap} yuan [MEET-09]</source>
            <translation>{rate} yuan per person-day × {pd} person-days = {cap} yuan [MEET-09]</translation>
        </message>
    </context>
    <context>
        <name>MeetingPlanDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="378" />
            <source>Annual meeting plan</source>
            <translation>Annual meeting plan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="380" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="383" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="383" />
            <source>Category (1-5)</source>
            <translation>Category (1-5)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="383" />
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="384" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="384" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="384" />
            <source>Delegates</source>
            <translation>Delegates</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="384" />
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="385" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="386" />
            <source>Meetings:</source>
            <translation>Meetings:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="387" />
            <source>Reason if after 31 October:</source>
            <translation>Reason if after 31 October:</translation>
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
            <location filename="../desktop/ui/module_page.py" line="56" />
            <source>Export signed PDFs…</source>
            <translation>Export signed PDFs…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="58" />
            <source>Save the signed approval sheets of the selected documents to a folder</source>
            <translation>Save the signed approval sheets of the selected documents to a folder</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="63" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="63" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="63" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="63" />
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="63" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="64" />
            <source>Current step</source>
            <translation>Current step</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="64" />
            <source>Submitter</source>
            <translation>Submitter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="64" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="66" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="74" />
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
        <name>MovesListPage</name>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="47" />
            <source>Request transfer in…</source>
            <translation>Request transfer in…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="49" />
            <source>Request disposal…</source>
            <translation>Request disposal…</translation>
        </message>
    </context>
    <context>
        <name>MyWorkTabs</name>
        <message>
            <location filename="../desktop/ui/home_page.py" line="81" />
            <source>Nothing of yours is in progress.</source>
            <translation>Nothing of yours is in progress.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="82" />
            <source>Nothing has been returned to you.</source>
            <translation>Nothing has been returned to you.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="83" />
            <source>No approved claim of yours is waiting for payment.</source>
            <translation>No approved claim of yours is waiting for payment.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="91" />
            <source>Nothing in office supplies is waiting for you.</source>
            <translation>Nothing in office supplies is waiting for you.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="99" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="99" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="99" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="99" />
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="99" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="100" />
            <source>Current step</source>
            <translation>Current step</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="102" />
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="111" />
            <source>Waiting for me ({n})</source>
            <translation>Waiting for me ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="111" />
            <source>My documents in progress ({n})</source>
            <translation>My documents in progress ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="112" />
            <source>Returned to me ({n})</source>
            <translation>Returned to me ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="113" />
            <source>Approved, not yet paid ({n})</source>
            <translation>Approved, not yet paid ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="126" />
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="126" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="126" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="140" />
            <source>Office supplies ({n})</source>
            <translation>Office supplies ({n})</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../desktop/ui/navigation.py" line="22" />
            <source>Home (to do)</source>
            <translation>Home (to do)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="23" />
            <source>My documents</source>
            <translation>My documents</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="24" />
            <source>Seals</source>
            <translation>Seals</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="25" />
            <source>Expenses &amp; vouchers</source>
            <translation>Expenses &amp; vouchers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="26" />
            <source>Books</source>
            <translation>Books</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="27" />
            <source>Fixed assets</source>
            <translation>Fixed assets</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="28" />
            <source>Office supplies</source>
            <translation>Office supplies</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="29" />
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="30" />
            <source>Reception · vehicles · meetings</source>
            <translation>Reception · vehicles · meetings</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="32" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="33" />
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
            <location filename="../desktop/ui/new_document_dialog.py" line="96" />
            <source>Your signing passphrase certifies the approval sheet as its handler.</source>
            <translation>Your signing passphrase certifies the approval sheet as its handler.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="97" />
            <source>You have no valid signing certificate: the approval sheet will not be signed.</source>
            <translation>You have no valid signing certificate: the approval sheet will not be signed.</translation>
        </message>
    </context>
    <context>
        <name>NewStocktakeDialog</name>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="34" />
            <source>New count</source>
            <translation>New count</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="37" />
            <source>{year} annual count</source>
            <translation>{year} annual count</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="38" />
            <source>A location (a whole room)</source>
            <translation>A location (a whole room)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="39" />
            <source>A department</source>
            <translation>A department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="77" />
            <source>Count title:</source>
            <translation>Count title:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="78" />
            <source>What is counted:</source>
            <translation>What is counted:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="79" />
            <source>Count date:</source>
            <translation>Count date:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="80" />
            <source>Counted jointly by the asset manager, finance staff and the users (ASSET-06):</source>
            <translation>Counted jointly by the asset manager, finance staff and the users (ASSET-06):</translation>
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
        <name>PaymentDialog</name>
        <message>
            <location filename="../desktop/ui/payment_dialog.py" line="22" />
            <source>Record payment</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <location filename="../desktop/ui/payment_dialog.py" line="31" />
            <source>Method:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/payment_dialog.py" line="32" />
            <source>Paid on:</source>
            <translation>Paid on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/payment_dialog.py" line="33" />
            <source>Reference:</source>
            <translation>Reference:</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../desktop/ui/pdf_preview.py" line="68" />
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_preview.py" line="71" />
            <source>Save as…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_preview.py" line="102" />
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_preview.py" line="102" />
            <source>Printing was cancelled.</source>
            <translation>Printing was cancelled.</translation>
        </message>
    </context>
    <context>
        <name>PdfVerifyDialog</name>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="39" />
            <source>Issued by the handler</source>
            <translation>Issued by the handler</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="41" />
            <source>Bureau seal</source>
            <translation>Bureau seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="43" />
            <source>Bureau seal on the document</source>
            <translation>Bureau seal on the document</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="45" />
            <source>Step {n}</source>
            <translation>Step {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="52" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="52" />
            <source>Signer</source>
            <translation>Signer</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="53" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="53" />
            <source>Signed at (UTC)</source>
            <translation>Signed at (UTC)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="54" />
            <source>Intact</source>
            <translation>Intact</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="54" />
            <source>Trusted</source>
            <translation>Trusted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="55" />
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="55" />
            <source>After it</source>
            <translation>After it</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="56" />
            <source>Changes allowed</source>
            <translation>Changes allowed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="57" />
            <source>no changes (locked)</source>
            <translation>no changes (locked)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="58" />
            <source>form filling and signing</source>
            <translation>form filling and signing</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="61" />
            <source>form filling, comments and signing</source>
            <translation>form filling, comments and signing</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="64" />
            <source>Verify a signed PDF</source>
            <translation>Verify a signed PDF</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="67" />
            <source>Open a PDF or drop it here.</source>
            <translation>Open a PDF or drop it here.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="72" />
            <source>Open PDF…</source>
            <translation>Open PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="85" />
            <source>Open PDF</source>
            <translation>Open PDF</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="85" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="105" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="110" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="111" />
            <source>NO</source>
            <translation>NO</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="116" />
            <source>YES</source>
            <translation>YES</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="116" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="127" />
            <source>(not signed)</source>
            <translation>(not signed)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="141" />
            <source>Complete: all signatures intact and trusted, every signature field signed.</source>
            <translation>Complete: all signatures intact and trusted, every signature field signed.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="143" />
            <source>Incomplete: the signatures present are intact and trusted; not signed yet: </source>
            <translation>Incomplete: the signatures present are intact and trusted; not signed yet: </translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="145" />
            <source>Superseded: </source>
            <translation>Superseded: </translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="146" />
            <source>NOT OK: </source>
            <translation>NOT OK: </translation>
        </message>
    </context>
    <context>
        <name>PendingPage</name>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="41" />
            <source>Export signed PDFs…</source>
            <translation>Export signed PDFs…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="43" />
            <source>Save the signed approval sheets of the selected documents to a folder</source>
            <translation>Save the signed approval sheets of the selected documents to a folder</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Submitter</source>
            <translation>Submitter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="59" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="59" />
            <source>Current step</source>
            <translation>Current step</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="61" />
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="70" />
            <source>System administrators take no business approvals.</source>
            <translation>System administrators take no business approvals.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="73" />
            <source>Documents waiting: {n}</source>
            <translation>Documents waiting: {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="75" />
            <source>Nothing is waiting for you.</source>
            <translation>Nothing is waiting for you.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="86" />
            <source>Waiting for me ({n})</source>
            <translation>Waiting for me ({n})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="96" />
            <source>Sign audit checkpoint…</source>
            <translation>Sign audit checkpoint…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="133" />
            <source>Scheduled backup written: {path}</source>
            <translation>Scheduled backup written: {path}</translation>
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
        <name>PeriodBox</name>
        <message>
            <location filename="../desktop/ui/books/period_box.py" line="28" />
            <source>All periods</source>
            <translation>All periods</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/period_box.py" line="31" />
            <source>{year} (whole year)</source>
            <translation>{year} (whole year)</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="65" />
            <source>Add catalogue item</source>
            <translation>Add catalogue item</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="66" />
            <source>Add a new item (described)</source>
            <translation>Add a new item (described)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="67" />
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="68" />
            <source>Save plan</source>
            <translation>Save plan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="69" />
            <source>Submit to the office</source>
            <translation>Submit to the office</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="78" />
            <source>Note for the office (optional)</source>
            <translation>Note for the office (optional)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="87" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="87" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="87" />
            <source>Est. unit price</source>
            <translation>Est. unit price</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="88" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="88" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="145" />
            <source>not started</source>
            <translation>not started</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="145" />
            <source>My section's plan for {period} — {state} · due {due}</source>
            <translation>My section's plan for {period} — {state} · due {due}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="161" />
            <source>Describe the new item: name, specification, unit</source>
            <translation>Describe the new item: name, specification, unit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="205" />
            <source>Estimated total: {total}</source>
            <translation>Estimated total: {total}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="242" />
            <source>Plan submitted</source>
            <translation>Plan submitted</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="242" />
            <source>Your section's plan was sent to the office.</source>
            <translation>Your section's plan was sent to the office.</translation>
        </message>
    </context>
    <context>
        <name>PlanViewDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="258" />
            <source>Plan of {department}</source>
            <translation>Plan of {department}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="259" />
            <source>{department} · {state} · due {due}</source>
            <translation>{department} · {state} · due {due}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="263" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="263" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="263" />
            <source>Est. unit price</source>
            <translation>Est. unit price</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="264" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="264" />
            <source>Purpose</source>
            <translation>Purpose</translation>
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
        <name>PresetPage</name>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="134" />
            <source>Rule preset</source>
            <translation>Rule preset</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="136" />
            <source>The approval chains and thresholds the bureau starts with. The administrator can change chains, thresholds and standards later (系统管理 → 规则预设).</source>
            <translation>The approval chains and thresholds the bureau starts with. The administrator can change chains, thresholds and standards later (系统管理 → 规则预设).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="153" />
            <source>What differs between {first} and {second}:</source>
            <translation>What differs between {first} and {second}:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="154" />
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="154" />
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="172" />
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="172" />
            <source>Approval chain</source>
            <translation>Approval chain</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="174" />
            <source>Incompatible posts</source>
            <translation>Incompatible posts</translation>
        </message>
    </context>
    <context>
        <name>PresetsPage</name>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="57" />
            <source>Current preset: {code} {name}</source>
            <translation>Current preset: {code} {name}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="61" />
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="61" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="61" />
            <source>Meaning (rule)</source>
            <translation>Meaning (rule)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="103" />
            <source>New step</source>
            <translation>New step</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="130" />
            <source>Switch rule preset</source>
            <translation>Switch rule preset</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="132" />
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
            <location filename="../forms/presets_page.ui" line="19" />
            <source>Parameters and approval chains</source>
            <translation>Parameters and approval chains</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="26" />
            <source>Parameters (thresholds)</source>
            <translation>Parameters (thresholds)</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="29" />
            <source>Save parameters</source>
            <translation>Save parameters</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="33" />
            <source>Approval chain</source>
            <translation>Approval chain</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="37" />
            <source>Document kind:</source>
            <translation>Document kind:</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="48" />
            <source>Conditions: leave empty for "always". Amounts may name a parameter as $name. Categories are separated by commas. A step with a collective condition passes only with a linked collective-decision record.</source>
            <translation>Conditions: leave empty for "always". Amounts may name a parameter as $name. Categories are separated by commas. A step with a collective condition passes only with a linked collective-decision record.</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="51" />
            <source>Add step</source>
            <translation>Add step</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="52" />
            <source>Remove step</source>
            <translation>Remove step</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="53" />
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="54" />
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="56" />
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="57" />
            <source>Save chain</source>
            <translation>Save chain</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="67" />
            <source>Standards</source>
            <translation>Standards</translation>
        </message>
    </context>
    <context>
        <name>ProposalVoucherDialog</name>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="53" />
            <source>Voucher for a paid claim</source>
            <translation>Voucher for a paid claim</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="78" />
            <source>Submit voucher for review</source>
            <translation>Submit voucher for review</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="79" />
            <source>Your signing passphrase certifies the voucher sheet as its maker.</source>
            <translation>Your signing passphrase certifies the voucher sheet as its maker.</translation>
        </message>
    </context>
    <context>
        <name>PurchaseDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="227" />
            <source>Quotes [SUPPLY-05]</source>
            <translation>Quotes [SUPPLY-05]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="229" />
            <source>Add quote…</source>
            <translation>Add quote…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="231" />
            <source>Choose supplier…</source>
            <translation>Choose supplier…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="236" />
            <source>Name enquirers…</source>
            <translation>Name enquirers…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="238" />
            <source>Confirm my enquiry</source>
            <translation>Confirm my enquiry</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="256" />
            <source>Purchase plan sheet…</source>
            <translation>Purchase plan sheet…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="258" />
            <source>Quotation comparison…</source>
            <translation>Quotation comparison…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="260" />
            <source>Approval sheet…</source>
            <translation>Approval sheet…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="262" />
            <source>Cancel purchase…</source>
            <translation>Cancel purchase…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="271" />
            <source>Lines:</source>
            <translation>Lines:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="294" />
            <source>&lt;b&gt;{no}&lt;/b&gt; {title} · {kind} · {department} · {state} · approval: {doc} · estimated {total}</source>
            <translation>&lt;b&gt;{no}&lt;/b&gt; {title} · {kind} · {department} · {state} · approval: {doc} · estimated {total}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="302" />
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="302" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="302" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="302" />
            <source>Unit of measure</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="303" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="303" />
            <source>Est. unit price</source>
            <translation>Est. unit price</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="303" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="304" />
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="304" />
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="309" />
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="309" />
            <source>Agreement supplier</source>
            <translation>Agreement supplier</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="309" />
            <source>Quoted total</source>
            <translation>Quoted total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="310" />
            <source>Quoted on</source>
            <translation>Quoted on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="310" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="310" />
            <source>Chosen</source>
            <translation>Chosen</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="311" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="317" />
            <source>Enquirers: {names}</source>
            <translation>Enquirers: {names}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="317" />
            <source>none named yet</source>
            <translation>none named yet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="322" />
            <source>Chosen because: {reason}</source>
            <translation>Chosen because: {reason}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="324" />
            <source>Procurement approval: {ref}</source>
            <translation>Procurement approval: {ref}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="365" />
            <source>Purchase plan</source>
            <translation>Purchase plan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="369" />
            <source>Quotation comparison</source>
            <translation>Quotation comparison</translation>
        </message>
    </context>
    <context>
        <name>PurchasesPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="303" />
            <source>First half-year</source>
            <translation>First half-year</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="304" />
            <source>Second half-year</source>
            <translation>Second half-year</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="307" />
            <source>Half-year:</source>
            <translation>Half-year:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="313" />
            <source>Plans of every section (office)</source>
            <translation>Plans of every section (office)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="319" />
            <source>Open plan</source>
            <translation>Open plan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="321" />
            <source>Consolidate and submit…</source>
            <translation>Consolidate and submit…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="338" />
            <source>Ad-hoc purchase request…</source>
            <translation>Ad-hoc purchase request…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="341" />
            <source>Open purchase…</source>
            <translation>Open purchase…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="343" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="354" />
            <source>Half-year plans</source>
            <translation>Half-year plans</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="355" />
            <source>Purchases and quotes</source>
            <translation>Purchases and quotes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="391" />
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="391" />
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="417" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="391" />
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="391" />
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="392" />
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="418" />
            <source>Estimated total</source>
            <translation>Estimated total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="392" />
            <source>Submitted by</source>
            <translation>Submitted by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="392" />
            <source>Submitted at</source>
            <translation>Submitted at</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="397" />
            <source>Not submitted yet: {names}</source>
            <translation>Not submitted yet: {names}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="398" />
            <source>Every section has submitted its plan.</source>
            <translation>Every section has submitted its plan.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="410" />
            <source>Half-year plan</source>
            <translation>Half-year plan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="410" />
            <source>Ad-hoc</source>
            <translation>Ad-hoc</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="416" />
            <source>Purchase no.</source>
            <translation>Purchase no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="416" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="416" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="417" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="417" />
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="418" />
            <source>Chosen supplier</source>
            <translation>Chosen supplier</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="419" />
            <source>Chosen total</source>
            <translation>Chosen total</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="64" />
            <source>Change user or location</source>
            <translation>Change user or location</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="68" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="74" />
            <source>Card:</source>
            <translation>Card:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="75" />
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="76" />
            <source>Location:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="77" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="79" />
            <source>Within the department only; another department needs a transfer [ASSET-08].</source>
            <translation>Within the department only; another department needs a transfer [ASSET-08].</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="135" />
            <source>Opening stock</source>
            <translation>Opening stock</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="135" />
            <source>Receive goods ordered</source>
            <translation>Receive goods ordered</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="158" />
            <source>Add a line</source>
            <translation>Add a line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="160" />
            <source>Remove the line</source>
            <translation>Remove the line</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="166" />
            <source>Purchase ordered:</source>
            <translation>Purchase ordered:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="167" />
            <source>Store:</source>
            <translation>Store:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="168" />
            <source>Received on:</source>
            <translation>Received on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="169" />
            <source>Checked by (office) [SUPPLY-08]:</source>
            <translation>Checked by (office) [SUPPLY-08]:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="171" />
            <source>Supplier:</source>
            <translation>Supplier:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="172" />
            <source>Invoice no.:</source>
            <translation>Invoice no.:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="173" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="209" />
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="301" />
            <source>(choose)</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="217" />
            <source>(choose the purchase)</source>
            <translation>(choose the purchase)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="221" />
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="226" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="221" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="221" />
            <source>Unit of measure</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="221" />
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="222" />
            <source>Received before</source>
            <translation>Received before</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="222" />
            <source>Still to come</source>
            <translation>Still to come</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="222" />
            <source>Received now</source>
            <translation>Received now</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="223" />
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="227" />
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="223" />
            <source>Spec. as ordered</source>
            <translation>Spec. as ordered</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="223" />
            <source>Quality good</source>
            <translation>Quality good</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="225" />
            <source>User (if a fixed asset)</source>
            <translation>User (if a fixed asset)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="226" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="266" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="332" />
            <source>Total: ¥{total}</source>
            <translation>Total: ¥{total}</translation>
        </message>
    </context>
    <context>
        <name>ReceiptViewDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="374" />
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="382" />
            <source>Receipt sheet (PDF)…</source>
            <translation>Receipt sheet (PDF)…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="384" />
            <source>Draft the voucher</source>
            <translation>Draft the voucher</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="408" />
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="431" />
            <source>Receipt {no}</source>
            <translation>Receipt {no}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="411" />
            <source>&lt;b&gt;{no}&lt;/b&gt; · received {on} into {store} · checked by {checker}&lt;br&gt;purchase {purchase} · supplier {supplier} · invoice {invoice} · total ¥{total} · voucher {voucher} · claim {claim}</source>
            <translation>&lt;b&gt;{no}&lt;/b&gt; · received {on} into {store} · checked by {checker}&lt;br&gt;purchase {purchase} · supplier {supplier} · invoice {invoice} · total ¥{total} · voucher {voucher} · claim {claim}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="415" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="416" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="419" />
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="419" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="419" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="419" />
            <source>Unit of measure</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="420" />
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="420" />
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="420" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="421" />
            <source>Spec. as ordered</source>
            <translation>Spec. as ordered</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="421" />
            <source>Quality good</source>
            <translation>Quality good</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="421" />
            <source>Asset card</source>
            <translation>Asset card</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="441" />
            <source>Voucher</source>
            <translation>Voucher</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="441" />
            <source>The voucher is drafted: {no}</source>
            <translation>The voucher is drafted: {no}</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="40" />
            <source>Receive an order…</source>
            <translation>Receive an order…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="42" />
            <source>Opening stock…</source>
            <translation>Opening stock…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="44" />
            <source>Open / print…</source>
            <translation>Open / print…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="46" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="89" />
            <source>Receipt no.</source>
            <translation>Receipt no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="89" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="89" />
            <source>Purchase</source>
            <translation>Purchase</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="89" />
            <source>Received on</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="90" />
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="90" />
            <source>Invoice no.</source>
            <translation>Invoice no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="90" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="90" />
            <source>Checked by</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="91" />
            <source>Voucher</source>
            <translation>Voucher</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="95" />
            <source>{n} receipt(s) await a voucher</source>
            <translation>{n} receipt(s) await a voucher</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="99" />
            <source>Bought</source>
            <translation>Bought</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="99" />
            <source>Opening stock</source>
            <translation>Opening stock</translation>
        </message>
    </context>
    <context>
        <name>ReceptionDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="67" />
            <source>New reception approval</source>
            <translation>New reception approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="69" />
            <source>Visiting unit:</source>
            <translation>Visiting unit:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="70" />
            <source>Official letter no.:</source>
            <translation>Official letter no.:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="71" />
            <source>Guests:</source>
            <translation>Guests:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="72" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="72" />
            <source>Unit (if not the visiting unit)</source>
            <translation>Unit (if not the visiting unit)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="73" />
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="74" />
            <source>Visitors:</source>
            <translation>Visitors:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="75" />
            <source>Official business:</source>
            <translation>Official business:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="76" />
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="77" />
            <source>Lodging:</source>
            <translation>Lodging:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="78" />
            <source>Paid by the guests</source>
            <translation>Paid by the guests</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="78" />
            <source>Arranged by the bureau</source>
            <translation>Arranged by the bureau</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="79" />
            <source>Accompanying at most:</source>
            <translation>Accompanying at most:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="80" />
            <source>Accompanying diners (names, 、):</source>
            <translation>Accompanying diners (names, 、):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="81" />
            <source>Venue of the meals:</source>
            <translation>Venue of the meals:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="83" />
            <source>Working meals:</source>
            <translation>Working meals:</translation>
        </message>
    </context>
    <context>
        <name>ReceptionListDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="102" />
            <source>Reception list</source>
            <translation>Reception list</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="106" />
            <source>Approved reception:</source>
            <translation>Approved reception:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="110" />
            <source>Meals served:</source>
            <translation>Meals served:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="113" />
            <source>Bill item</source>
            <translation>Bill item</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="113" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="113" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="121" />
            <source>Bill items:</source>
            <translation>Bill items:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="122" />
            <source>Lodging:</source>
            <translation>Lodging:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="123" />
            <source>Transport:</source>
            <translation>Transport:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="124" />
            <source>Accompanying diners (names, 、):</source>
            <translation>Accompanying diners (names, 、):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="125" />
            <source>Venue of the meals:</source>
            <translation>Venue of the meals:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="128" />
            <source>Invoices attached:</source>
            <translation>Invoices attached:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="129" />
            <source>The official letter is attached</source>
            <translation>The official letter is attached</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="130" />
            <source>Guests from Hong Kong, Macau or Taiwan</source>
            <translation>Guests from Hong Kong, Macau or Taiwan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="131" />
            <source>No alcohol, cigarettes, gifts, tours or entertainment</source>
            <translation>No alcohol, cigarettes, gifts, tours or entertainment</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../desktop/ui/record_form.py" line="183" />
            <source>Check against the rules</source>
            <translation>Check against the rules</translation>
        </message>
        <message>
            <location filename="../desktop/ui/record_form.py" line="235" />
            <source>Within the rules and standards</source>
            <translation>Within the rules and standards</translation>
        </message>
    </context>
    <context>
        <name>RegisterItemDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="664" />
            <source>Register custody item</source>
            <translation>Register custody item</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="667" />
            <source>Register an item kept like a seal but not engraved, such as the cheque book. It is held by its custodian from today; the cashier may not also keep the finance seal (SEAL-16).</source>
            <translation>Register an item kept like a seal but not engraved, such as the cheque book. It is held by its custodian from today; the cashier may not also keep the finance seal (SEAL-16).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="674" />
            <source>e.g. zero-balance account cheque book</source>
            <translation>e.g. zero-balance account cheque book</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="684" />
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="685" />
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="686" />
            <source>Custodian:</source>
            <translation>Custodian:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="687" />
            <source>Storage place:</source>
            <translation>Storage place:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="688" />
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="698" />
            <source>Enter the item's name.</source>
            <translation>Enter the item's name.</translation>
        </message>
    </context>
    <context>
        <name>RegisterPreview</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="150" />
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="152" />
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="152" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RegistryTab</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="228" />
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="233" />
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="238" />
            <source>All custodians</source>
            <translation>All custodians</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="244" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="248" />
            <source>Request engraving…</source>
            <translation>Request engraving…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="252" />
            <source>Register custody item…</source>
            <translation>Register custody item…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="254" />
            <source>A cheque book or another item kept like a seal (SEAL-16)</source>
            <translation>A cheque book or another item kept like a seal (SEAL-16)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="257" />
            <source>Publish revocation list…</source>
            <translation>Publish revocation list…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="259" />
            <source>The revoked seal and signing certificates as a CRL file for verifiers</source>
            <translation>The revoked seal and signing certificates as a CRL file for verifiers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="263" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="263" />
            <source>Seal kind:</source>
            <translation>Seal kind:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="264" />
            <source>Custodian:</source>
            <translation>Custodian:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="328" />
            <source>Seal registry</source>
            <translation>Seal registry</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="333" />
            <location filename="../desktop/ui/seals_page.py" line="398" />
            <location filename="../desktop/ui/seals_page.py" line="435" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="333" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="333" />
            <location filename="../desktop/ui/seals_page.py" line="399" />
            <location filename="../desktop/ui/seals_page.py" line="435" />
            <source>Custodian</source>
            <translation>Custodian</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="333" />
            <location filename="../desktop/ui/seals_page.py" line="403" />
            <source>Storage place</source>
            <translation>Storage place</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="333" />
            <source>Seal name</source>
            <translation>Seal name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="334" />
            <location filename="../desktop/ui/seals_page.py" line="398" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="334" />
            <location filename="../desktop/ui/seals_page.py" line="405" />
            <source>Enabled on</source>
            <translation>Enabled on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="336" />
            <location filename="../desktop/ui/seals_page.py" line="404" />
            <source>Police filing no.</source>
            <translation>Police filing no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="338" />
            <source>{name} (delegated until {until})</source>
            <translation>{name} (delegated until {until})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="347" />
            <source>Seals: {n}</source>
            <translation>Seals: {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="372" />
            <source>No seal selected</source>
            <translation>No seal selected</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="384" />
            <source>No impression</source>
            <translation>No impression</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="387" />
            <source>Actions for a seal that is {status}:</source>
            <translation>Actions for a seal that is {status}:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="391" />
            <source>The engraving request is in approval; the police filing is recorded once it is approved.</source>
            <translation>The engraving request is in approval; the police filing is recorded once it is approved.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="393" />
            <source>No further actions for a seal that is {status}.</source>
            <translation>No further actions for a seal that is {status}.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="402" />
            <source>Custodian of record</source>
            <translation>Custodian of record</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="405" />
            <source>Engraving unit</source>
            <translation>Engraving unit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="406" />
            <source>Certificate serial</source>
            <translation>Certificate serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="408" />
            <source>Certificate revoked</source>
            <translation>Certificate revoked</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="414" />
            <source>No records</source>
            <translation>No records</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="415" />
            <source>Status history</source>
            <translation>Status history</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="415" />
            <source>Custody</source>
            <translation>Custody</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="415" />
            <source>Take-outs</source>
            <translation>Take-outs</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="428" />
            <source>long-term</source>
            <translation>long-term</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="433" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="433" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="433" />
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="433" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="433" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="435" />
            <source>Custody from</source>
            <translation>Custody from</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="436" />
            <source>Custody until</source>
            <translation>Custody until</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="436" />
            <source>Reason for handover</source>
            <translation>Reason for handover</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="439" />
            <source>Persons carrying</source>
            <translation>Persons carrying</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="435" />
            <source>Handed over by</source>
            <translation>Handed over by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="438" />
            <source>Out on</source>
            <translation>Out on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="438" />
            <source>Back on</source>
            <translation>Back on</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="438" />
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="438" />
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="439" />
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
    </context>
    <context>
        <name>RepairDialog</name>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="117" />
            <source>Request a repair</source>
            <translation>Request a repair</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="121" />
            <source>What is wrong</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="123" />
            <source>Sent out of the bureau for repair (computer equipment needs the office head's approval) [ASSET-10]</source>
            <translation>Sent out of the bureau for repair (computer equipment needs the office head's approval) [ASSET-10]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="127" />
            <source>(nobody: normal wear)</source>
            <translation>(nobody: normal wear)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="128" />
            <source>Card:</source>
            <translation>Card:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="129" />
            <source>Fault:</source>
            <translation>Fault:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="131" />
            <source>Damage caused by:</source>
            <translation>Damage caused by:</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="31" />
            <source>Spending returns</source>
            <translation>Spending returns</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="34" />
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="44" />
            <source>Travel, reception, vehicles and meetings by department and month:</source>
            <translation>Travel, reception, vehicles and meetings by department and month:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="45" />
            <source>Spending by department and month (Excel)…</source>
            <translation>Spending by department and month (Excel)…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="46" />
            <source>Spending report for print (PDF)…</source>
            <translation>Spending report for print (PDF)…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="47" />
            <source>Meetings:</source>
            <translation>Meetings:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="48" />
            <source>Annual meeting plan (Excel)…</source>
            <translation>Annual meeting plan (Excel)…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="49" />
            <source>Annual meeting report (Excel)…</source>
            <translation>Annual meeting report (Excel)…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="50" />
            <source>Annual meeting report for print (PDF)…</source>
            <translation>Annual meeting report for print (PDF)…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="61" />
            <source>Print preview…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="86" />
            <source>{n} page(s)</source>
            <translation>{n} page(s)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="96" />
            <source>Save report</source>
            <translation>Save report</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="104" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="104" />
            <source>Saved to {path}</source>
            <translation>Saved to {path}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="116" />
            <location filename="../desktop/ui/reports_page.py" line="118" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="117" />
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
        <name>RootCaPage</name>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="43" />
            <source>The bureau's root certificate</source>
            <translation>The bureau's root certificate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="45" />
            <source>It issues every person's signing certificate and every electronic seal. Its key is stored encrypted with this passphrase, asked for when a certificate is issued.</source>
            <translation>It issues every person's signing certificate and every electronic seal. Its key is stored encrypted with this passphrase, asked for when a certificate is issued.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="47" />
            <source>Same as the administrator password</source>
            <translation>Same as the administrator password</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="56" />
            <source>Root passphrase:</source>
            <translation>Root passphrase:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="57" />
            <source>Passphrase again:</source>
            <translation>Passphrase again:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="62" />
            <source>A copy of the root key on removable media</source>
            <translation>A copy of the root key on removable media</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="64" />
            <source>Write a copy to this folder after Finish:</source>
            <translation>Write a copy to this folder after Finish:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="68" />
            <source>a USB drive, e.g. E:\</source>
            <translation>a USB drive, e.g. E:\</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="69" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="76" />
            <source>The key file stays encrypted with the root passphrase; a README beside it says what it is and how it is used. Label the drive and keep it in the safe, apart from the passphrase.</source>
            <translation>The key file stays encrypted with the root passphrase; a README beside it says what it is and how it is used. Label the drive and keep it in the safe, apart from the passphrase.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="79" />
            <source>Without a copy, the root key exists only in this database and its backups: if they are all lost, documents signed so far can no longer be shown as this bureau's.</source>
            <translation>Without a copy, the root key exists only in this database and its backups: if they are all lost, documents signed so far can no longer be shown as this bureau's.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="102" />
            <source>Folder for the root key copy</source>
            <translation>Folder for the root key copy</translation>
        </message>
    </context>
    <context>
        <name>SavePdfs</name>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="31" />
            <source>{n} signed PDF(s) written to the folder.</source>
            <translation>{n} signed PDF(s) written to the folder.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="34" />
            <source>Kept (already in the folder, not replaced): {n}</source>
            <translation>Kept (already in the folder, not replaced): {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="37" />
            <source>Not written: {n}</source>
            <translation>Not written: {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="49" />
            <source>File exists</source>
            <translation>File exists</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="50" />
            <source>{name} already exists in this folder. Replace it?</source>
            <translation>{name} already exists in this folder. Replace it?</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="100" />
            <source>Export signed PDFs to folder</source>
            <translation>Export signed PDFs to folder</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="105" />
            <source>Export signed PDFs</source>
            <translation>Export signed PDFs</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="114" />
            <location filename="../desktop/ui/save_pdfs.py" line="121" />
            <source>Save PDF as</source>
            <translation>Save PDF as</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="114" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="121" />
            <source>Could not write {path}: {why}</source>
            <translation>Could not write {path}: {why}</translation>
        </message>
    </context>
    <context>
        <name>SealPlacementWidget</name>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="108" />
            <source>Paging seal (骑缝章) across the right edge of every page</source>
            <translation>Paging seal (骑缝章) across the right edge of every page</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="115" />
            <source>Page:</source>
            <translation>Page:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="139" />
            <source>The document already carries signatures: a paging seal would change every page and break them.</source>
            <translation>The document already carries signatures: a paging seal would change every page and break them.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="141" />
            <source>A paging seal is for documents of more than one page.</source>
            <translation>A paging seal is for documents of more than one page.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="181" />
            <source>Click the page where the seal goes.</source>
            <translation>Click the page where the seal goes.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="185" />
            <source>The seal goes on page {page} at ({x:.0f}, {y:.0f}) pt</source>
            <translation>The seal goes on page {page} at ({x:.0f}, {y:.0f}) pt</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="188" />
            <source> — over the date of the sign-off</source>
            <translation> — over the date of the sign-off</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="190" />
            <source> — lower right (no date found on the last page)</source>
            <translation> — lower right (no date found on the last page)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="191" />
            <source>; and a paging seal on all {n} pages</source>
            <translation>; and a paging seal on all {n} pages</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="192" />
            <source>. Click elsewhere on a page to move it.</source>
            <translation>. Click elsewhere on a page to move it.</translation>
        </message>
    </context>
    <context>
        <name>SealedDocumentPreview</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="164" />
            <source>{no} · {seal} · SHA-256 {sha}</source>
            <translation>{no} · {seal} · SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="167" />
            <source>Save as…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="173" />
            <source>Save sealed document as</source>
            <translation>Save sealed document as</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="173" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Seals</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="46" />
            <source>Party-group seal</source>
            <translation>Party-group seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="47" />
            <source>Administrative seal</source>
            <translation>Administrative seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="48" />
            <source>Finance seal</source>
            <translation>Finance seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="49" />
            <source>Legal-representative seal</source>
            <translation>Legal-representative seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="50" />
            <source>Contract seal</source>
            <translation>Contract seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="51" />
            <source>Section seal</source>
            <translation>Section seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="52" />
            <source>Name seal</source>
            <translation>Name seal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="53" />
            <source>Cheque book</source>
            <translation>Cheque book</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="56" />
            <source>Engraving requested</source>
            <translation>Engraving requested</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="57" />
            <source>Engraving approved</source>
            <translation>Engraving approved</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="58" />
            <source>Filed with the police</source>
            <translation>Filed with the police</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="59" />
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="60" />
            <source>Suspended</source>
            <translation>Suspended</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="61" />
            <source>Replaced</source>
            <translation>Replaced</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="62" />
            <source>Sealed up</source>
            <translation>Sealed up</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="63" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="64" />
            <source>Void (reported lost)</source>
            <translation>Void (reported lost)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="67" />
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="68" />
            <source>Handed over</source>
            <translation>Handed over</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="69" />
            <source>Delegated</source>
            <translation>Delegated</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="73" />
            <source>Record police filing…</source>
            <translation>Record police filing…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="74" />
            <source>Enable…</source>
            <translation>Enable…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="75" />
            <source>Hand over…</source>
            <translation>Hand over…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="76" />
            <source>Record take-out…</source>
            <translation>Record take-out…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="77" />
            <source>Suspend…</source>
            <translation>Suspend…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="78" />
            <source>Resume use…</source>
            <translation>Resume use…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="79" />
            <source>Replace…</source>
            <translation>Replace…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="80" />
            <source>Seal up…</source>
            <translation>Seal up…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="81" />
            <source>Cancel seal…</source>
            <translation>Cancel seal…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="82" />
            <source>Report lost…</source>
            <translation>Report lost…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="139" />
            <source>Cannot write {path}: {error}</source>
            <translation>Cannot write {path}: {error}</translation>
        </message>
    </context>
    <context>
        <name>SealsPage</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="727" />
            <source>Seal use and engraving requests</source>
            <translation>Seal use and engraving requests</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="733" />
            <source>New seal use request…</source>
            <translation>New seal use request…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="736" />
            <source>New engraving request…</source>
            <translation>New engraving request…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="745" />
            <source>Seal registry</source>
            <translation>Seal registry</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="746" />
            <source>Seal use register</source>
            <translation>Seal use register</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="747" />
            <source>Use / engraving requests</source>
            <translation>Use / engraving requests</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="789" />
            <source>Submitted for approval</source>
            <translation>Submitted for approval</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../desktop/ui/setup_wizard.py" line="51" />
            <source>Set up Bureau Desk</source>
            <translation>Set up Bureau Desk</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard.py" line="92" />
            <source>Loading the demonstration bureau… (this takes a little while)</source>
            <translation>Loading the demonstration bureau… (this takes a little while)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard.py" line="152" />
            <source>Copy of the root key</source>
            <translation>Copy of the root key</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard.py" line="154" />
            <source>The bureau is set up, but the copy of the root key could not be written:
{why}

Choose another folder?</source>
            <translation>The bureau is set up, but the copy of the root key could not be written:
{why}

Choose another folder?</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard.py" line="158" />
            <source>Folder for the root key copy</source>
            <translation>Folder for the root key copy</translation>
        </message>
    </context>
    <context>
        <name>SheetPreview</name>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="21" />
            <source>Approval sheet</source>
            <translation>Approval sheet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="22" />
            <source>Approval sheet (unsigned)</source>
            <translation>Approval sheet (unsigned)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="38" />
            <source>Unsigned sheet: no approval sheet has been issued with signatures.</source>
            <translation>Unsigned sheet: no approval sheet has been issued with signatures.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="40" />
            <source>{n} signature(s), all valid</source>
            <translation>{n} signature(s), all valid</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="43" />
            <source>A signature is NOT valid: </source>
            <translation>A signature is NOT valid: </translation>
        </message>
    </context>
    <context>
        <name>SignOutDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="93" />
            <source>Sign for lending</source>
            <translation>Sign for lending</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="95" />
            <source>Loan:</source>
            <translation>Loan:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="96" />
            <source>The condition you checked, e.g. 完好，配件齐全</source>
            <translation>The condition you checked, e.g. 完好，配件齐全</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="97" />
            <source>Condition:</source>
            <translation>Condition:</translation>
        </message>
    </context>
    <context>
        <name>SignReturnDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="109" />
            <source>Sign for the return</source>
            <translation>Sign for the return</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="111" />
            <source>Loan:</source>
            <translation>Loan:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="112" />
            <source>The condition you checked at return</source>
            <translation>The condition you checked at return</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="113" />
            <source>Damaged</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="115" />
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="122" />
            <source>Condition:</source>
            <translation>Condition:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="123" />
            <source>Damage or loss:</source>
            <translation>Damage or loss:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="124" />
            <source>Compensation (yuan) [SUPPLY-12]:</source>
            <translation>Compensation (yuan) [SUPPLY-12]:</translation>
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
            <location filename="../desktop/ui/signing.py" line="119" />
            <source>Submitted for approval</source>
            <translation>Submitted for approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/signing.py" line="99" />
            <location filename="../desktop/ui/signing.py" line="122" />
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/signing.py" line="101" />
            <location filename="../desktop/ui/signing.py" line="124" />
            <source>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</source>
            <translation>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</translation>
        </message>
    </context>
    <context>
        <name>SourceDocumentDialog</name>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="342" />
            <source>Source document</source>
            <translation>Source document</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="346" />
            <source>Preview / print approval sheet</source>
            <translation>Preview / print approval sheet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="348" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>StandardsEditor</name>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="40" />
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="40" />
            <source>Reception meals</source>
            <translation>Reception meals</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="41" />
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="42" />
            <source>Vehicles</source>
            <translation>Vehicles</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="43" />
            <source>In the county</source>
            <translation>In the county</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="43" />
            <source>In the province</source>
            <translation>In the province</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="45" />
            <source>Other province</source>
            <translation>Other province</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="45" />
            <source>Buffet</source>
            <translation>Buffet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="45" />
            <source>Working table meal</source>
            <translation>Working table meal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="47" />
            <source>Staff meal</source>
            <translation>Staff meal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="47" />
            <source>Breakfast</source>
            <translation>Breakfast</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="47" />
            <source>Lunch</source>
            <translation>Lunch</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="48" />
            <source>Dinner</source>
            <translation>Dinner</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="49" />
            <source>Any meal</source>
            <translation>Any meal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="49" />
            <source>at most</source>
            <translation>at most</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="53" />
            <source>below</source>
            <translation>below</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="54" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="55" />
            <source>Region (English)</source>
            <translation>Region (English)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="56" />
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="57" />
            <source>Lodging cap (yuan/night)</source>
            <translation>Lodging cap (yuan/night)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="58" />
            <source>Meal allowance (yuan/day)</source>
            <translation>Meal allowance (yuan/day)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="59" />
            <source>City transport (yuan/day)</source>
            <translation>City transport (yuan/day)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="60" />
            <source>Meal type</source>
            <translation>Meal type</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="61" />
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="62" />
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="63" />
            <source>Standard (yuan/person/meal)</source>
            <translation>Standard (yuan/person/meal)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="64" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="65" />
            <source>Total (yuan/person/day)</source>
            <translation>Total (yuan/person/day)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="66" />
            <source>Lodging</source>
            <translation>Lodging</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="67" />
            <source>Food</source>
            <translation>Food</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="68" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="69" />
            <source>Max people</source>
            <translation>Max people</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="70" />
            <source>Delegates per unit</source>
            <translation>Delegates per unit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="71" />
            <source>Staff share</source>
            <translation>Staff share</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="72" />
            <source>Per year</source>
            <translation>Per year</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="73" />
            <source>Max days</source>
            <translation>Max days</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="74" />
            <source>Arrival/departure days</source>
            <translation>Arrival/departure days</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="75" />
            <source>In-county request, days ahead</source>
            <translation>In-county request, days ahead</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="76" />
            <source>Long-distance request, days ahead</source>
            <translation>Long-distance request, days ahead</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="79" />
            <source>Category 1</source>
            <translation>Category 1</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="79" />
            <source>Category 2</source>
            <translation>Category 2</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="80" />
            <source>Category 3</source>
            <translation>Category 3</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="80" />
            <source>Category 4</source>
            <translation>Category 4</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="82" />
            <source>Category 5</source>
            <translation>Category 5</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="85" />
            <source>Per region: the lodging cap per night, the meal allowance and city transport per calendar day (in the county the meal allowance is a ceiling). Trips and claims use the saved table.</source>
            <translation>Per region: the lodging cap per night, the meal allowance and city transport per calendar day (in the county the meal allowance is a ceiling). Trips and claims use the saved table.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="86" />
            <source>Per person per meal; "below" means strictly below the figure.</source>
            <translation>Per person per meal; "below" means strictly below the figure.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="88" />
            <source>Caps per person-day by meeting category; leave a cell empty where the category has no figure (set separately). Staff share is a fraction, e.g. 0.10.</source>
            <translation>Caps per person-day by meeting category; leave a cell empty where the category has no figure (set separately). Staff share is a fraction, e.g. 0.10.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="89" />
            <source>How many days before the trip a vehicle must be requested.</source>
            <translation>How many days before the trip a vehicle must be requested.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="95" />
            <source>Not set</source>
            <translation>Not set</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="96" />
            <source>From the beginning</source>
            <translation>From the beginning</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="97" />
            <source>From {date}</source>
            <translation>From {date}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="101" />
            <source>Not set: the bureau has not entered these figures yet ({source}). A claim that needs one is refused until they are entered here.</source>
            <translation>Not set: the bureau has not entered these figures yet ({source}). A claim that needs one is refused until they are entered here.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="150" />
            <source>Add row</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="153" />
            <source>Remove row</source>
            <translation>Remove row</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="156" />
            <source>Back to shipped standards…</source>
            <translation>Back to shipped standards…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="159" />
            <source>Revert</source>
            <translation>Revert</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="162" />
            <source>Save standards</source>
            <translation>Save standards</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="197" />
            <source>Document the figures come from</source>
            <translation>Document the figures come from</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="204" />
            <source>Add a version from this date</source>
            <translation>Add a version from this date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="207" />
            <source>Effective from:</source>
            <translation>Effective from:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="209" />
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="242" />
            <source> (new, not saved)</source>
            <translation> (new, not saved)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="243" />
            <source> — in force</source>
            <translation> — in force</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="354" />
            <source>This bureau's own table</source>
            <translation>This bureau's own table</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="355" />
            <source>Shipped standards (not changed by this bureau)</source>
            <translation>Shipped standards (not changed by this bureau)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="402" />
            <source>{table}, row {row}, {column}: {error}</source>
            <translation>{table}, row {row}, {column}: {error}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="413" />
            <source>{table}, row {row}: the region {region} is already in row {first}</source>
            <translation>{table}, row {row}: the region {region} is already in row {first}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="421" />
            <source>{table}: the table is empty</source>
            <translation>{table}: the table is empty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="432" />
            <source>a figure is required</source>
            <translation>a figure is required</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="438" />
            <source>"{text}" is not an amount in yuan with at most two decimals</source>
            <translation>"{text}" is not an amount in yuan with at most two decimals</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="441" />
            <source>must be more than 0</source>
            <translation>must be more than 0</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="444" />
            <source>"{text}" is not a whole number ≥ 0</source>
            <translation>"{text}" is not a whole number ≥ 0</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="451" />
            <source>"{text}" is not a fraction between 0 and 1</source>
            <translation>"{text}" is not a fraction between 0 and 1</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="474" />
            <source>Standards not saved</source>
            <translation>Standards not saved</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="478" />
            <location filename="../desktop/ui/admin/standards_editor.py" line="491" />
            <source>Standards</source>
            <translation>Standards</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="478" />
            <source>Nothing has changed.</source>
            <translation>Nothing has changed.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="491" />
            <source>Saved: {tables}.</source>
            <translation>Saved: {tables}.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="498" />
            <source>Shipped standards</source>
            <translation>Shipped standards</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="499" />
            <source>Replace the bureau's {table} table with the shipped standards?</source>
            <translation>Replace the bureau's {table} table with the shipped standards?</translation>
        </message>
    </context>
    <context>
        <name>StartCountDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="41" />
            <source>Start a count</source>
            <translation>Start a count</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="48" />
            <source>Store:</source>
            <translation>Store:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="49" />
            <source>Count date:</source>
            <translation>Count date:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="51" />
            <source>The book quantities are fixed when the count starts; the office checks the stock every half year [SUPPLY-11].</source>
            <translation>The book quantities are fixed when the count starts; the office checks the stock every half year [SUPPLY-11].</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="60" />
            <source>Welcome to Bureau Desk</source>
            <translation>Welcome to Bureau Desk</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="61" />
            <source>The database has no bureau yet. What would you like to do?</source>
            <translation>The database has no bureau yet. What would you like to do?</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="63" />
            <source>Set up our bureau</source>
            <translation>Set up our bureau</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="68" />
            <source>Bureau name and code, the rule preset, departments, the first administrator and the bureau's root certificate for signatures. Nothing is written until you press Finish on the last page.</source>
            <translation>Bureau name and code, the rule preset, departments, the first administrator and the bureau's root certificate for signatures. Nothing is written until you press Finish on the last page.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="69" />
            <source>Load the demonstration bureau</source>
            <translation>Load the demonstration bureau</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="74" />
            <source>For trying the app only: 示范县医疗保障局 with made-up people, documents and seals. Every demo person signs in with &lt;b&gt;{demo}&lt;/b&gt;; the administrator is &lt;b&gt;{admin}&lt;/b&gt; / &lt;b&gt;{admin_password}&lt;/b&gt;. These passwords are published: never keep real work in the demonstration bureau.</source>
            <translation>For trying the app only: 示范县医疗保障局 with made-up people, documents and seals. Every demo person signs in with &lt;b&gt;{demo}&lt;/b&gt;; the administrator is &lt;b&gt;{admin}&lt;/b&gt; / &lt;b&gt;{admin_password}&lt;/b&gt;. These passwords are published: never keep real work in the demonstration bureau.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="81" />
            <source>Database: {url}</source>
            <translation>Database: {url}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="90" />
            <source>Load demo</source>
            <translation>Load demo</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../desktop/ui/main.py" line="76" />
            <source>Cannot open the database</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main.py" line="80" />
            <source>Database upgraded</source>
            <translation>Database upgraded</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main.py" line="82" />
            <source>The database was upgraded to this version's schema ({to}).

A backup of it as it was before was taken first:
{path}</source>
            <translation>The database was upgraded to this version's schema ({to}).

A backup of it as it was before was taken first:
{path}</translation>
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
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="306" />
            <source>{action}: {seal}.</source>
            <translation>{action}: {seal}.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="309" />
            <source>Its certificate is revoked: the seal signs nothing more.</source>
            <translation>Its certificate is revoked: the seal signs nothing more.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="313" />
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>StockCardDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="354" />
            <source>Stock card</source>
            <translation>Stock card</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="361" />
            <source>◀ Previous</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="362" />
            <source>Next ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="367" />
            <source>Store:</source>
            <translation>Store:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="383" />
            <source>Stock card: {code} {name}</source>
            <translation>Stock card: {code} {name}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="384" />
            <source>{name} {spec} · unit {unit} · {kind} · on loan {loan}</source>
            <translation>{name} {spec} · unit {unit} · {kind} · on loan {loan}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="388" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="411" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="411" />
            <source>Movement</source>
            <translation>Movement</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="411" />
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="411" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="412" />
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="412" />
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="412" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="412" />
            <source>Balance quantity</source>
            <translation>Balance quantity</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="413" />
            <source>Balance value</source>
            <translation>Balance value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="413" />
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="413" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="416" />
            <source>Movements {first}–{last} of {total}</source>
            <translation>Movements {first}–{last} of {total}</translation>
        </message>
    </context>
    <context>
        <name>StockPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="52" />
            <source>Code, name, specification</source>
            <translation>Code, name, specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="58" />
            <source>At or below reorder level only</source>
            <translation>At or below reorder level only</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="62" />
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="64" />
            <source>Store:</source>
            <translation>Store:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="69" />
            <source>Stock card…</source>
            <translation>Stock card…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="70" />
            <source>New item…</source>
            <translation>New item…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="71" />
            <source>Edit item…</source>
            <translation>Edit item…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="72" />
            <source>Stop / resume using the item</source>
            <translation>Stop / resume using the item</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="73" />
            <source>Add a store…</source>
            <translation>Add a store…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="74" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="109" />
            <location filename="../desktop/ui/supplies/stock_panel.py" line="112" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="117" />
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="117" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="117" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="117" />
            <source>Unit of measure</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="117" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="118" />
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="118" />
            <source>On hand</source>
            <translation>On hand</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="118" />
            <source>Lent out</source>
            <translation>Lent out</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="118" />
            <source>Available</source>
            <translation>Available</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="119" />
            <source>Average cost</source>
            <translation>Average cost</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="119" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="121" />
            <source>Reorder level</source>
            <translation>Reorder level</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="162" />
            <source>At or below the reorder level</source>
            <translation>At or below the reorder level</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="165" />
            <source>{n} line(s), {low} at or below reorder level</source>
            <translation>{n} line(s), {low} at or below reorder level</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="210" />
            <source>Add a store</source>
            <translation>Add a store</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="210" />
            <source>Name of the store:</source>
            <translation>Name of the store:</translation>
        </message>
    </context>
    <context>
        <name>StocktakePage</name>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="144" />
            <source>New count…</source>
            <translation>New count…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="145" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="146" />
            <source>Print labels…</source>
            <translation>Print labels…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="147" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="185" />
            <source>Count title</source>
            <translation>Count title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="185" />
            <source>Location or department</source>
            <translation>Location or department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="185" />
            <source>Count date</source>
            <translation>Count date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="185" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="186" />
            <source>Scans</source>
            <translation>Scans</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="186" />
            <source>Counted by</source>
            <translation>Counted by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="187" />
            <source>Report no.</source>
            <translation>Report no.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="328" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="329" />
            <source>Press Finish to create the bureau. You then sign in as the administrator.</source>
            <translation>Press Finish to create the bureau. You then sign in as the administrator.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="346" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="346" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="350" />
            <source>Bureau</source>
            <translation>Bureau</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="351" />
            <source>Rule preset</source>
            <translation>Rule preset</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="352" />
            <source>Departments</source>
            <translation>Departments</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="352" />
            <source>{departments} ({counts})</source>
            <translation>{departments} ({counts})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="353" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="354" />
            <source>Root certificate</source>
            <translation>Root certificate</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="354" />
            <source>passphrase: the administrator password</source>
            <translation>passphrase: the administrator password</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="355" />
            <source>passphrase: its own</source>
            <translation>passphrase: its own</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="356" />
            <source>Copy of the root key</source>
            <translation>Copy of the root key</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="357" />
            <source>none (not recommended)</source>
            <translation>none (not recommended)</translation>
        </message>
    </context>
    <context>
        <name>SuppliesPage</name>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="51" />
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="52" />
            <source>Stock in</source>
            <translation>Stock in</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="53" />
            <source>Issues</source>
            <translation>Issues</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="56" />
            <source>Purchase plans and quotes</source>
            <translation>Purchase plans and quotes</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="57" />
            <source>Loans</source>
            <translation>Loans</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="58" />
            <source>Counts</source>
            <translation>Counts</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="59" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="66" />
            <source>Office supplies</source>
            <translation>Office supplies</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="72" />
            <source>Approval documents</source>
            <translation>Approval documents</translation>
        </message>
    </context>
    <context>
        <name>SupplyFlow</name>
        <message>
            <location filename="../desktop/ui/supplies/flow_parts.py" line="68" />
            <source>{n} page(s)</source>
            <translation>{n} page(s)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/flow_parts.py" line="85" />
            <source>Submitted for approval</source>
            <translation>Submitted for approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/flow_parts.py" line="88" />
            <source>Submitted. You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.</source>
            <translation>Submitted. You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/flow_parts.py" line="91" />
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/flow_parts.py" line="93" />
            <source>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</source>
            <translation>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</translation>
        </message>
    </context>
    <context>
        <name>SupplyReportsPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="51" />
            <source>Month {m}</source>
            <translation>Month {m}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="52" />
            <source>First half-year</source>
            <translation>First half-year</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="53" />
            <source>Second half-year</source>
            <translation>Second half-year</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="58" />
            <source>(all stores)</source>
            <translation>(all stores)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="59" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="60" />
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="61" />
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="90" />
            <source>Print / PDF…</source>
            <translation>Print / PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="66" />
            <source>Stock movements of</source>
            <translation>Stock movements of</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="69" />
            <source>Store:</source>
            <translation>Store:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="81" />
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="201" />
            <source>Issue register</source>
            <translation>Issue register</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="89" />
            <source>(all sections)</source>
            <translation>(all sections)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="93" />
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="95" />
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="97" />
            <source>Section:</source>
            <translation>Section:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="129" />
            <source>Item code</source>
            <translation>Item code</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="129" />
            <source>Item name</source>
            <translation>Item name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="129" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="129" />
            <source>Unit of measure</source>
            <translation>Unit of measure</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="130" />
            <source>Opening qty</source>
            <translation>Opening qty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="130" />
            <source>Opening value</source>
            <translation>Opening value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="130" />
            <source>In qty</source>
            <translation>In qty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="130" />
            <source>In value</source>
            <translation>In value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="131" />
            <source>Out qty</source>
            <translation>Out qty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="131" />
            <source>Out value</source>
            <translation>Out value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="131" />
            <source>Closing qty</source>
            <translation>Closing qty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="133" />
            <source>Closing value</source>
            <translation>Closing value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="144" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="157" />
            <source>{n} item(s)</source>
            <translation>{n} item(s)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="160" />
            <source>✗ Closing differs from the stock kept: {items}</source>
            <translation>✗ Closing differs from the stock kept: {items}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="168" />
            <source>Stock movements</source>
            <translation>Stock movements</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="171" />
            <source>Export Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="172" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="177" />
            <source>Writing the stock movement report…</source>
            <translation>Writing the stock movement report…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="191" />
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="191" />
            <source>Saved to {path}</source>
            <translation>Saved to {path}</translation>
        </message>
    </context>
    <context>
        <name>SupplyTerms</name>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="22" />
            <source>General supplies</source>
            <translation>General supplies</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="23" />
            <source>Special supplies</source>
            <translation>Special supplies</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="26" />
            <source>Stock received</source>
            <translation>Stock received</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="27" />
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="28" />
            <source>Returned to stock</source>
            <translation>Returned to stock</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="29" />
            <source>Count surplus</source>
            <translation>Count surplus</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="30" />
            <source>Count shortage</source>
            <translation>Count shortage</translation>
        </message>
    </context>
    <context>
        <name>SupplyTodo</name>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="22" />
            <source>Overdue loan</source>
            <translation>Overdue loan</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="23" />
            <source>Low stock</source>
            <translation>Low stock</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="24" />
            <source>Issue to sign for</source>
            <translation>Issue to sign for</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="25" />
            <source>Loan waiting for you</source>
            <translation>Loan waiting for you</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="26" />
            <source>Enquiry to confirm</source>
            <translation>Enquiry to confirm</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="61" />
            <source>{who}, due {due}</source>
            <translation>{who}, due {due}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="69" />
            <source>{n} line(s), {value}, issued {day}</source>
            <translation>{n} line(s), {value}, issued {day}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="74" />
            <source>{store}: {quantity} {unit} (reorder at {level})</source>
            <translation>{store}: {quantity} {unit} (reorder at {level})</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="80" />
            <source>{n} quote(s) recorded</source>
            <translation>{n} quote(s) recorded</translation>
        </message>
    </context>
    <context>
        <name>TakeOutDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="281" />
            <source>Record take-out</source>
            <translation>Record take-out</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="235" />
            <source>Seal take-out</source>
            <translation>Seal take-out</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="238" />
            <source>Take {seal} out of the office: request it for the director's approval (the centre director for a centre seal), with two or more persons jointly responsible; once approved, record the take-out here.</source>
            <translation>Take {seal} out of the office: request it for the director's approval (the centre director for a centre seal), with two or more persons jointly responsible; once approved, record the take-out here.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="243" />
            <source>New take-out request</source>
            <translation>New take-out request</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="245" />
            <source>Approved: {text}</source>
            <translation>Approved: {text}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="263" />
            <source>Request:</source>
            <translation>Request:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="264" />
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="265" />
            <source>Destination:</source>
            <translation>Destination:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="266" />
            <source>Out on:</source>
            <translation>Out on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="267" />
            <source>Back on:</source>
            <translation>Back on:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="270" />
            <source>Your signing passphrase:</source>
            <translation>Your signing passphrase:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="281" />
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="268" />
            <source>Persons (two or more):</source>
            <translation>Persons (two or more):</translation>
        </message>
    </context>
    <context>
        <name>TodoPanel</name>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="50" />
            <source>Accept…</source>
            <translation>Accept…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="52" />
            <source>Open card</source>
            <translation>Open card</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="54" />
            <source>Do it…</source>
            <translation>Do it…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="93" />
            <source>Card no.</source>
            <translation>Card no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="93" />
            <source>Asset name</source>
            <translation>Asset name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="93" />
            <source>Specification</source>
            <translation>Specification</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="94" />
            <source>Original value</source>
            <translation>Original value</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="94" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="94" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="95" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="95" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="97" />
            <source>To accept: {n}</source>
            <translation>To accept: {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="105" />
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="105" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="105" />
            <source>Assets</source>
            <translation>Assets</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="105" />
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="107" />
            <source>Transfers, repairs and disposals waiting for you: {n}</source>
            <translation>Transfers, repairs and disposals waiting for you: {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="163" />
            <source>Sign the release of {title} for your department?</source>
            <translation>Sign the release of {title} for your department?</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="164" />
            <source>Apply {title} to its cards (department, user, location)?</source>
            <translation>Apply {title} to its cards (department, user, location)?</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="79" />
            <source>Request a transfer between departments</source>
            <translation>Request a transfer between departments</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="90" />
            <source>Why the receiving department needs them</source>
            <translation>Why the receiving department needs them</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="91" />
            <source>Cards:</source>
            <translation>Cards:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="92" />
            <source>To department:</source>
            <translation>To department:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="93" />
            <source>To user:</source>
            <translation>To user:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="94" />
            <source>To location:</source>
            <translation>To location:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="95" />
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="97" />
            <source>The receiving department requests; the office approves; the giving department then signs the release [ASSET-08].</source>
            <translation>The receiving department requests; the office approves; the giving department then signs the release [ASSET-08].</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="104" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>TravelPage</name>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="330" />
            <source>New trip…</source>
            <translation>New trip…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="331" />
            <source>New claim…</source>
            <translation>New claim…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="332" />
            <source>Record payment…</source>
            <translation>Record payment…</translation>
        </message>
    </context>
    <context>
        <name>TrialBalanceView</name>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="36" />
            <source>Include unposted vouchers</source>
            <translation>Include unposted vouchers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="38" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="43" />
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="57" />
            <source>Double-click an account for its ledger.</source>
            <translation>Double-click an account for its ledger.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="68" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="68" />
            <source>Account name</source>
            <translation>Account name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="68" />
            <source>Opening debit</source>
            <translation>Opening debit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="68" />
            <source>Opening credit</source>
            <translation>Opening credit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="69" />
            <source>Period debit</source>
            <translation>Period debit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="69" />
            <source>Period credit</source>
            <translation>Period credit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="69" />
            <source>Closing debit</source>
            <translation>Closing debit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="71" />
            <source>Closing credit</source>
            <translation>Closing credit</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="92" />
            <location filename="../desktop/ui/books/trial_balance_view.py" line="142" />
            <source>Financial accounting</source>
            <translation>Financial accounting</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="93" />
            <source>Financial accounting total</source>
            <translation>Financial accounting total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="94" />
            <location filename="../desktop/ui/books/trial_balance_view.py" line="142" />
            <source>Budget accounting</source>
            <translation>Budget accounting</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="94" />
            <source>Budget accounting total</source>
            <translation>Budget accounting total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="146" />
            <source>balanced</source>
            <translation>balanced</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="146" />
            <source>NOT balanced</source>
            <translation>NOT balanced</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="147" />
            <source>Balanced</source>
            <translation>Balanced</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="148" />
            <source>Not balanced</source>
            <translation>Not balanced</translation>
        </message>
    </context>
    <context>
        <name>TripDialog</name>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="53" />
            <source>New trip approval</source>
            <translation>New trip approval</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="57" />
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="58" />
            <source>Official purpose:</source>
            <translation>Official purpose:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="59" />
            <source>Travellers (、):</source>
            <translation>Travellers (、):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="60" />
            <source>Destinations (、):</source>
            <translation>Destinations (、):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="62" />
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="63" />
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="64" />
            <source>Transport:</source>
            <translation>Transport:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="65" />
            <source>By the unit's own vehicle (no city transport)</source>
            <translation>By the unit's own vehicle (no city transport)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="66" />
            <source>Meeting or training with board provided by the host</source>
            <translation>Meeting or training with board provided by the host</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="67" />
            <source>Grade:</source>
            <translation>Grade:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="68" />
            <source>Within or outside the county:</source>
            <translation>Within or outside the county:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="69" />
            <source>From the destinations</source>
            <translation>From the destinations</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="70" />
            <source>Advance (yuan):</source>
            <translation>Advance (yuan):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="71" />
            <source>Source of funds:</source>
            <translation>Source of funds:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="73" />
            <source>Days and approver:</source>
            <translation>Days and approver:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="75" />
            <source>Reason for filing after departure:</source>
            <translation>Reason for filing after departure:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="76" />
            <source>Required when the trip has already started (补报)</source>
            <translation>Required when the trip has already started (补报)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="78" />
            <source>The director travels: approved by a higher authority</source>
            <translation>The director travels: approved by a higher authority</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="80" />
            <source>Approving authority:</source>
            <translation>Approving authority:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="81" />
            <source>Approval reference:</source>
            <translation>Approval reference:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="82" />
            <source>Approval date:</source>
            <translation>Approval date:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="95" />
            <source>leader in charge</source>
            <translation>leader in charge</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="96" />
            <source>director</source>
            <translation>director</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="96" />
            <source>{days} days → {who} approves [TRAVEL-02]</source>
            <translation>{days} days → {who} approves [TRAVEL-02]</translation>
        </message>
    </context>
    <context>
        <name>UseRequestDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="515" />
            <source>New seal use request</source>
            <translation>New seal use request</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="518" />
            <source>Ask for a seal on a document: once the request is approved, the seal's custodian applies the seal to this very PDF (its SHA-256 is printed on the request). Blank paper is never sealed.</source>
            <translation>Ask for a seal on a document: once the request is approved, the seal's custodian applies the seal to this very PDF (its SHA-256 is printed on the request). Blank paper is never sealed.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="528" />
            <source>e.g. a letter to the health bureau</source>
            <translation>e.g. a letter to the health bureau</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="534" />
            <source> copies</source>
            <translation> copies</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="539" />
            <source>e.g. 示医保〔2026〕45号; empty if the document has none</source>
            <translation>e.g. 示医保〔2026〕45号; empty if the document has none</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="542" />
            <source>(chosen when the seal is applied)</source>
            <translation>(chosen when the seal is applied)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="545" />
            <source>Choose PDF…</source>
            <translation>Choose PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="548" />
            <location filename="../desktop/ui/seal_dialogs.py" line="598" />
            <source>No file chosen</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="554" />
            <source>Seal:</source>
            <translation>Seal:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="555" />
            <source>Document title:</source>
            <translation>Document title:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="556" />
            <source>Sent to:</source>
            <translation>Sent to:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="557" />
            <source>Copies:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="558" />
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="559" />
            <source>Document no. (文号):</source>
            <translation>Document no. (文号):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="560" />
            <source>Proposed witness (监印人):</source>
            <translation>Proposed witness (监印人):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="561" />
            <source>Document to be sealed:</source>
            <translation>Document to be sealed:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="565" />
            <source>No seal is in use: a seal use request needs an enabled seal.</source>
            <translation>No seal is in use: a seal use request needs an enabled seal.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="575" />
            <source>Document to be sealed</source>
            <translation>Document to be sealed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="576" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="584" />
            <source>Cannot read {path}: {error}</source>
            <translation>Cannot read {path}: {error}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="590" />
            <source>{name} · {pages} page(s)</source>
            <translation>{name} · {pages} page(s)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="603" />
            <source>Choose the PDF to be sealed.</source>
            <translation>Choose the PDF to be sealed.</translation>
        </message>
    </context>
    <context>
        <name>UsesTab</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="531" />
            <source>Apply seal…</source>
            <translation>Apply seal…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="533" />
            <source>The custodian seals an approved seal use request</source>
            <translation>The custodian seals an approved seal use request</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="549" />
            <source>Seal:</source>
            <translation>Seal:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="549" />
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="550" />
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="580" />
            <source>any</source>
            <translation>any</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="595" />
            <source>Seal use register</source>
            <translation>Seal use register</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="603" />
            <source>All seals</source>
            <translation>All seals</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="612" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="613" />
            <source>Sent to</source>
            <translation>Sent to</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="613" />
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="612" />
            <source>Date of use</source>
            <translation>Date of use</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="536" />
            <source>Request sheet…</source>
            <translation>Request sheet…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="538" />
            <source>The seal use request with the use register entry signed by the custodian</source>
            <translation>The seal use request with the use register entry signed by the custodian</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="540" />
            <source>Print sealed document…</source>
            <translation>Print sealed document…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="542" />
            <source>The document as it left the bureau, with the seal: preview and print</source>
            <translation>The document as it left the bureau, with the seal: preview and print</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="544" />
            <source>Save sealed document as…</source>
            <translation>Save sealed document as…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="612" />
            <source>Seal name</source>
            <translation>Seal name</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="612" />
            <source>Register no.</source>
            <translation>Register no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="613" />
            <source>Requested by</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="613" />
            <source>Document no.</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="614" />
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="614" />
            <source>Sealed by</source>
            <translation>Sealed by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="614" />
            <source>Witness</source>
            <translation>Witness</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="626" />
            <source>Uses: {n}</source>
            <translation>Uses: {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="642" />
            <source>{no} · sealed document SHA-256 {sha}</source>
            <translation>{no} · sealed document SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="703" />
            <source>Save sealed document as</source>
            <translation>Save sealed document as</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="704" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>VehicleDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="161" />
            <source>New vehicle request</source>
            <translation>New vehicle request</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="164" />
            <source>Purpose category:</source>
            <translation>Purpose category:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="165" />
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="166" />
            <source>Route:</source>
            <translation>Route:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="167" />
            <source>Destination:</source>
            <translation>Destination:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="168" />
            <source>Long distance</source>
            <translation>Long distance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="169" />
            <source>Passengers:</source>
            <translation>Passengers:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="170" />
            <source>People:</source>
            <translation>People:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="171" />
            <source>Departure:</source>
            <translation>Departure:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="173" />
            <source>Return:</source>
            <translation>Return:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="175" />
            <source>Estimated mileage (km):</source>
            <translation>Estimated mileage (km):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="176" />
            <source>Plate (if assigned):</source>
            <translation>Plate (if assigned):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="177" />
            <source>Driver (if assigned):</source>
            <translation>Driver (if assigned):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="178" />
            <source>Notice:</source>
            <translation>Notice:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="179" />
            <source>Holiday use filed with the county office</source>
            <translation>Holiday use filed with the county office</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="180" />
            <source>Holiday use filed with the bureau office</source>
            <translation>Holiday use filed with the bureau office</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="181" />
            <source>Urgent reason (late request):</source>
            <translation>Urgent reason (late request):</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="195" />
            <source>{days} days ahead, {need} required [VEH-04]</source>
            <translation>{days} days ahead, {need} required [VEH-04]</translation>
        </message>
    </context>
    <context>
        <name>VoucherDialog</name>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="62" />
            <location filename="../desktop/ui/books/voucher_dialog.py" line="64" />
            <source>Accounting voucher</source>
            <translation>Accounting voucher</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="75" />
            <source> sheet(s)</source>
            <translation> sheet(s)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="80" />
            <source>Taken from the first line when left empty</source>
            <translation>Taken from the first line when left empty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="83" />
            <source>Voucher no.:</source>
            <translation>Voucher no.:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="83" />
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="84" />
            <source>Attachments:</source>
            <translation>Attachments:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="84" />
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="90" />
            <source>Voucher summary:</source>
            <translation>Voucher summary:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="98" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="99" />
            <source>Save and submit for review…</source>
            <translation>Save and submit for review…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="100" />
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="101" />
            <source>Red reversal…</source>
            <translation>Red reversal…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="102" />
            <source>Void…</source>
            <translation>Void…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="103" />
            <source>View source document</source>
            <translation>View source document</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="104" />
            <source>Voucher sheet</source>
            <translation>Voucher sheet</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="105" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="200" />
            <source>(numbered when saved)</source>
            <translation>(numbered when saved)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="201" />
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="203" />
            <source>Maker: {maker}</source>
            <translation>Maker: {maker}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="204" />
            <source>New accounting voucher</source>
            <translation>New accounting voucher</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="210" />
            <source> · red reversal</source>
            <translation> · red reversal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="212" />
            <source> · reversed</source>
            <translation> · reversed</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="215" />
            <source>Maker: {maker}    Reviewed by: {reviewers}    Posted by: {poster}    Amount: {amount}</source>
            <translation>Maker: {maker}    Reviewed by: {reviewers}    Posted by: {poster}    Amount: {amount}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="217" />
            <source>Accounting voucher {number}</source>
            <translation>Accounting voucher {number}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="266" />
            <source>Submit voucher for review</source>
            <translation>Submit voucher for review</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="268" />
            <source>Your signing passphrase certifies the voucher sheet as its maker; the reviewers then sign the same sheet.</source>
            <translation>Your signing passphrase certifies the voucher sheet as its maker; the reviewers then sign the same sheet.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="276" />
            <source>Submitted for review</source>
            <translation>Submitted for review</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="278" />
            <source>You have no valid signing certificate, so the voucher sheet is not signed; ask the system administrator to issue one.</source>
            <translation>You have no valid signing certificate, so the voucher sheet is not signed; ask the system administrator to issue one.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="295" />
            <source>Red reversal</source>
            <translation>Red reversal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="296" />
            <source>Why is {number} reversed?</source>
            <translation>Why is {number} reversed?</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="307" />
            <source>Void voucher</source>
            <translation>Void voucher</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="308" />
            <source>Why is {number} voided? (it keeps its number)</source>
            <translation>Why is {number} voided? (it keeps its number)</translation>
        </message>
    </context>
    <context>
        <name>VoucherGrid</name>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="293" />
            <source>Financial accounting</source>
            <translation>Financial accounting</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="294" />
            <source>Budget accounting</source>
            <translation>Budget accounting</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="296" />
            <source>Debit total</source>
            <translation>Debit total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="297" />
            <source>Credit total</source>
            <translation>Credit total</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="298" />
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="335" />
            <source>Read only: this voucher cannot be edited here.</source>
            <translation>Read only: this voucher cannot be edited here.</translation>
        </message>
    </context>
    <context>
        <name>VoucherList</name>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="62" />
            <source>Summary or voucher no.</source>
            <translation>Summary or voucher no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="64" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="65" />
            <source>New voucher…</source>
            <translation>New voucher…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="66" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="67" />
            <source>Post selected</source>
            <translation>Post selected</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="75" />
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="77" />
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="108" />
            <source>Voucher no.</source>
            <translation>Voucher no.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="108" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="108" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="108" />
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="109" />
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="109" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="109" />
            <source>Maker</source>
            <translation>Maker</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="109" />
            <source>Posted by</source>
            <translation>Posted by</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="111" />
            <source>Origin</source>
            <translation>Origin</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="124" />
            <source>Entered by hand</source>
            <translation>Entered by hand</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="124" />
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="124" />
            <source>Advance</source>
            <translation>Advance</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="125" />
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="126" />
            <source>Red reversal</source>
            <translation>Red reversal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="152" />
            <source>Vouchers: {n} · posted amount {amount}</source>
            <translation>Vouchers: {n} · posted amount {amount}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="186" />
            <source>Post vouchers</source>
            <translation>Post vouchers</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="187" />
            <source>Select reviewed vouchers (state 已审核) to post.</source>
            <translation>Select reviewed vouchers (state 已审核) to post.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="193" />
            <source>Posted: {numbers}</source>
            <translation>Posted: {numbers}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="195" />
            <source>Not reviewed, left as they are: {numbers}</source>
            <translation>Not reviewed, left as they are: {numbers}</translation>
        </message>
    </context>
    <context>
        <name>VoucherModel</name>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="135" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="135" />
            <source>Ledger account</source>
            <translation>Ledger account</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="135" />
            <source>Debit amount</source>
            <translation>Debit amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="136" />
            <source>Credit amount</source>
            <translation>Credit amount</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="136" />
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="136" />
            <source>Economic class</source>
            <translation>Economic class</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="136" />
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="137" />
            <source>Payee / counterparty</source>
            <translation>Payee / counterparty</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="165" />
            <source>Budget accounting</source>
            <translation>Budget accounting</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="167" />
            <source>Financial accounting</source>
            <translation>Financial accounting</translation>
        </message>
    </context>
    <context>
        <name>_CellDelegate</name>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="145" />
            <source>“{text}” is not an amount: write digits 0-9 with at most two decimal places, e.g. 1234.50.</source>
            <translation>“{text}” is not an amount: write digits 0-9 with at most two decimal places, e.g. 1234.50.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="151" />
            <source>No account “{text}”: type a code or part of a name, or press F2 for the list.</source>
            <translation>No account “{text}”: type a code or part of a name, or press F2 for the list.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="153" />
            <source>{account} has sub-accounts: post to one of them.</source>
            <translation>{account} has sub-accounts: post to one of them.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="163" />
            <source>No such entry: “{text}”. Type part of it, or press F2 for the list.</source>
            <translation>No such entry: “{text}”. Type part of it, or press F2 for the list.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="175" />
            <source>“{text}” fits {n} entries: pick one from the list (↓, then Enter).</source>
            <translation>“{text}” fits {n} entries: pick one from the list (↓, then Enter).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="187" />
            <source>Choose the line's account first: “=” balances its side (financial or budget).</source>
            <translation>Choose the line's account first: “=” balances its side (financial or budget).</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="193" />
            <source>That side balances already.</source>
            <translation>That side balances already.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="198" />
            <source>The balancing amount {amount} is on the other side of the line: entered there.</source>
            <translation>The balancing amount {amount} is on the other side of the line: entered there.</translation>
        </message>
    </context>
    <context>
        <name>_RegisterTab</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="183" />
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="186" />
            <source>Print / preview…</source>
            <translation>Print / preview…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="198" />
            <source>Export Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="199" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>_SubmittingDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="496" />
            <source>Your signing passphrase:</source>
            <translation>Your signing passphrase:</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="498" />
            <source>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</source>
            <translation>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="502" />
            <source>You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.</source>
            <translation>You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="504" />
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
    </context>
    <context>
        <name>owner</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="32" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="32" />
            <source>Meal</source>
            <translation>Meal</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="32" />
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="32" />
            <source>Accompanying</source>
            <translation>Accompanying</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="33" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
    </context>
</TS>
