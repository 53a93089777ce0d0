package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.AuditEntry;
import cn.sunledger.ledger.application.AuditTrail;
import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.RegionView;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.model.shared.Messages;
import cn.sunledger.ledger.domain.model.shared.Violation;
import cn.sunledger.ledger.infrastructure.excel.RegionSheet;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;

/**
 * The region tree of the caller's jurisdiction, loaded a level at a time as nodes are expanded, the
 * selected region's details and audit trail, and (for administrators) the region import.
 */
@Named
@ViewScoped
public class RegionTreeView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Stands in for the children of a node that has some but has not been expanded yet. */
    private static final RegionView NOT_LOADED = new RegionView(null, "…", null, null, null, null, false, null, 0);

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient AuditTrail audit;

    @Inject
    transient CurrentCaller caller;

    private TreeNode<RegionView> root;
    private TreeNode<RegionView> selectedNode;
    private RegionView selected;
    private List<AuditEntry> history = List.of();
    private transient UploadedFile file;
    private List<Violation> importErrors = List.of();

    @PostConstruct
    void load() {
        root = new DefaultTreeNode<>(NOT_LOADED, null);
        for (RegionView r : regions.roots(caller.get())) {
            TreeNode<RegionView> node = add(root, r);
            expand(node);
        }
    }

    public void onExpand(NodeExpandEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<RegionView> node = (TreeNode<RegionView>) event.getTreeNode();
        expand(node);
    }

    public void onSelect(NodeSelectEvent event) {
        RegionView region = (RegionView) event.getTreeNode().getData();
        if (region.code() != null) {
            selected = region;
            try {
                history = audit.history(caller.get(), "region", region.code());
            } catch (LedgerException e) {
                history = List.of();
                FacesMessages.refused(e);
            }
        }
    }

    public void importFile() {
        importErrors = List.of();
        if (file == null || file.getSize() == 0) {
            FacesMessages.refused(LedgerException.invalid("import.region.empty"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            int imported = regions.importRegions(caller.get(), RegionSheet.read(in));
            FacesMessages.info(MessageFormat.format(text("region.imported"), imported));
            load();
        } catch (LedgerException e) {
            importErrors = e.violations();
            FacesMessages.refused(new LedgerException(e.kind(), e.messageKey(), List.of(), e.args()));
        } catch (IOException e) {
            FacesMessages.refused(LedgerException.invalid("import.region.unreadable", e.getMessage()));
        }
    }

    /** A violation's message in the page's language, for the import error table. */
    public String message(Violation v) {
        return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), v.messageKey(), v.args());
    }

    private void expand(TreeNode<RegionView> node) {
        List<TreeNode<RegionView>> children = node.getChildren();
        boolean notLoaded = children.size() == 1 && children.get(0).getData() == NOT_LOADED;
        if (notLoaded) {
            children.clear();
            for (RegionView child : regions.children(caller.get(), RegionCode.of(node.getData().code()))) {
                add(node, child);
            }
        }
        node.setExpanded(true);
    }

    private static TreeNode<RegionView> add(TreeNode<RegionView> parent, RegionView region) {
        TreeNode<RegionView> node = new DefaultTreeNode<>(region, parent);
        if (region.childCount() > 0) {
            new DefaultTreeNode<>(NOT_LOADED, node);
        }
        return node;
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("cn.sunledger.web.i18n.ui", faces.getViewRoot().getLocale()).getString(key);
    }

    public TreeNode<RegionView> getRoot() {
        return root;
    }

    public TreeNode<RegionView> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<RegionView> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public RegionView getSelected() {
        return selected;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<Violation> getImportErrors() {
        return importErrors;
    }
}
