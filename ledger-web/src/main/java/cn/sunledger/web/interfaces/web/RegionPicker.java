package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The caller's region tree for picking places in a form, loaded a level at a time as nodes are expanded (the
 * same lazy loading as the region screen).
 */
final class RegionPicker implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Stands in for the children of a node that has some but has not been expanded yet. */
    private static final RegionView NOT_LOADED = new RegionView(null, "…", null, null, null, null, false, null, 0);

    private final TreeNode<RegionView> root = new DefaultTreeNode<>(NOT_LOADED, null);

    RegionPicker(RegionDirectory regions, Caller caller) {
        for (RegionView r : regions.roots(caller)) {
            expand(regions, caller, add(root, r));
        }
    }

    TreeNode<RegionView> root() {
        return root;
    }

    void expand(RegionDirectory regions, Caller caller, TreeNode<RegionView> node) {
        List<TreeNode<RegionView>> children = node.getChildren();
        if (children.size() == 1 && children.get(0).getData() == NOT_LOADED) {
            children.clear();
            for (RegionView child : regions.children(caller, RegionCode.of(node.getData().code()))) {
                add(node, child);
            }
        }
        node.setExpanded(true);
    }

    static boolean isRegion(RegionView r) {
        return r != null && r.code() != null;
    }

    private static TreeNode<RegionView> add(TreeNode<RegionView> parent, RegionView region) {
        TreeNode<RegionView> node = new DefaultTreeNode<>(region, parent);
        if (region.childCount() > 0) {
            new DefaultTreeNode<>(NOT_LOADED, node);
        }
        return node;
    }
}
