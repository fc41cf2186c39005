package cn.liaison.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A node of the region tree; {@code path} lists the ids from the root, as {@code /1/7/42/}. */
@Entity
@Table(name = "regions")
public class Region {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "parent_id")
    public Long parentId;

    public String code;

    public String name;

    public String kind;

    public short depth;

    public String path;

    /** False once deactivated: kept for what already points at it, offered for nothing new. */
    public boolean active = true;

    /** 城乡分类代码 of a village or community, as the division-code file gives it. */
    @Column(name = "urban_rural_code")
    public String urbanRuralCode;

    /** True when this region is {@code scope} itself or lies below it. */
    public boolean isWithin(Region scope) {
        return path.startsWith(scope.path);
    }
}
