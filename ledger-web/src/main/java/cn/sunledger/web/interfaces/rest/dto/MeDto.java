package cn.sunledger.web.interfaces.rest.dto;

import java.util.List;

/** The signed-in user and what the access policy lets that user do. */
public record MeDto(String username, String displayName, String role, String regionCode, List<String> actions) {
}
