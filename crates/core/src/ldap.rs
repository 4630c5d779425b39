//! Attribute names admins commonly map from: the standard user object classes (RFC 4519,
//! inetOrgPerson in RFC 2798), Active Directory's user class and PingDirectory's own. The
//! editor offers them as suggestions; nothing is refused for not being here.

/// Common source attributes of user entries, in the order suggestions are shown.
pub const COMMON_USER_ATTRIBUTES: &[&str] = &[
    "uid",
    "cn",
    "sn",
    "givenName",
    "displayName",
    "initials",
    "mail",
    "telephoneNumber",
    "mobile",
    "homePhone",
    "facsimileTelephoneNumber",
    "title",
    "employeeNumber",
    "employeeType",
    "departmentNumber",
    "manager",
    "ou",
    "o",
    "l",
    "st",
    "street",
    "postalCode",
    "postalAddress",
    "c",
    "preferredLanguage",
    "jpegPhoto",
    "description",
    "entryUUID",
    "entryDN",
    "isMemberOf",
    "userPassword",
    "userPassword;binary",
    "ds-pwp-account-disabled",
    "sAMAccountName",
    "userPrincipalName",
    "objectGUID",
    "unicodePwd",
    "memberOf",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_duplicates() {
        let mut names = COMMON_USER_ATTRIBUTES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), COMMON_USER_ATTRIBUTES.len());
    }
}
