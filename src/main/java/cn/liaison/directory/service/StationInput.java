package cn.liaison.directory.service;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.liaison.directory.StationLevel;

/** Everything staff say about a station, to create it or to replace what it says. */
public record StationInput(
        @NotNull Long regionId,
        @NotNull StationLevel level,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) String address,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Size(max = 200) String openingHours,
        @Size(max = 32) String phone,
        @Size(max = 5000) String introduction,
        @Size(max = 5000) String rules,
        @Size(max = 9) List<@NotNull Long> photoIds,
        Boolean active) {
}
