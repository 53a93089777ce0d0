package cn.sunledger.ledger.application;

import cn.sunledger.ledger.domain.model.user.Role;

/**
 * What an administrator enters to create or change a user. On change, a null password keeps the old one
 * and a null phone keeps the old phone (the form only ever shows it masked).
 */
public record StaffUserForm(String username, String displayName, Role role, String regionCode, String phone,
        String password, Boolean enabled) {
}
