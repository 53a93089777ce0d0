package cn.sunledger.web.interfaces.rest.dto;

import java.util.List;

/** The answer to a successful import; a refused one is a 422 problem with the same {@code errors} rows. */
public record ImportResultDto(int imported, List<Object> errors) {
}
