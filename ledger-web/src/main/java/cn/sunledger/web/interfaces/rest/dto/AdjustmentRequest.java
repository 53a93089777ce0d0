package cn.sunledger.web.interfaces.rest.dto;

import jakarta.validation.constraints.Size;

/**
 * Body of POST /api/projects/{id}/adjustments: the full proposed record, in the shape of the create-project
 * example of api.md, plus why it is adjusted ({@code reason}, required outside Q4).
 */
public class AdjustmentRequest extends ProjectRequest {

    @Size(max = 1000)
    public String reason;
}
