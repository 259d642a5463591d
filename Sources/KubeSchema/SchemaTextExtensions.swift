extension SchemaText {
    /// apiextensions.k8s.io/v1 CustomResourceDefinition.
    static let apiextensions = """
        @io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1
        CustomResourceDefinition gvk=apiextensions.k8s.io/v1/CustomResourceDefinition : Declares a new resource type served by the API server; its name is <plural>.<group>.
          apiVersion string : API version of this object.
          kind string : Kind of this object.
          metadata ObjectMeta : Standard object metadata.
          spec CustomResourceDefinitionSpec required : The resource type to serve.
          status CustomResourceDefinitionStatus : Observed state of the definition.
        CustomResourceDefinitionSpec : The resource type a definition declares.
          group string required : API group of the resource, such as example.com.
          names CustomResourceDefinitionNames required : Names of the resource and kind.
          scope string required enum=Cluster|Namespaced : Cluster or Namespaced.
          versions []CustomResourceDefinitionVersion required list=atomic : Versions served; exactly one is the storage version.
          conversion CustomResourceConversion : How objects are converted between versions.
          preserveUnknownFields boolean : Deprecated; must be false for v1.
        CustomResourceDefinitionNames : Names of a custom resource.
          plural string required : Plural name used in URLs.
          singular string : Singular name; defaults to the lower-cased kind.
          shortNames []string list=atomic : Short aliases for kubectl.
          kind string required : CamelCase kind of the objects.
          listKind string : Kind of lists; defaults to <kind>List.
          categories []string list=atomic : Groups the resource belongs to, such as all.
        CustomResourceDefinitionVersion : One version of a custom resource.
          name string required : Version name, such as v1 or v1beta1.
          served boolean required : Whether the version is served.
          storage boolean required : Whether objects are stored in this version.
          deprecated boolean : Whether the version is deprecated.
          deprecationWarning string : Warning returned to clients of a deprecated version.
          schema CustomResourceValidation : Schema objects are validated, pruned and defaulted with.
          subresources CustomResourceSubresources : Subresources served: status and scale.
          additionalPrinterColumns []CustomResourceColumnDefinition list=atomic : Extra columns in kubectl get.
          selectableFields []SelectableField list=atomic : Fields usable in field selectors.
        CustomResourceValidation : Validation of a custom resource.
          openAPIV3Schema JSONSchemaProps : Structural OpenAPI v3 schema of the objects.
        CustomResourceSubresources : Subresources of a custom resource.
          status CustomResourceSubresourceStatus : Serve /status; the main resource then ignores status changes.
          scale CustomResourceSubresourceScale : Serve /scale.
        CustomResourceSubresourceStatus : Enables the status subresource; has no fields.
        CustomResourceSubresourceScale : Where the scale subresource reads and writes.
          specReplicasPath string required : JSON path of the desired replicas, such as .spec.replicas.
          statusReplicasPath string required : JSON path of the observed replicas.
          labelSelectorPath string : JSON path of the label selector string.
        CustomResourceColumnDefinition : An extra column of kubectl get.
          name string required : Column title.
          type string required : Column type: integer, number, string, boolean or date.
          format string : Format of the values.
          description string : Column description.
          priority int32 : 0 for the default view; higher for wide output.
          jsonPath string required : JSON path of the value, relative to the object.
        SelectableField : A field usable in field selectors.
          jsonPath string required : JSON path of the field.
        CustomResourceConversion : Conversion between versions.
          strategy string required enum=None|Webhook : None or Webhook.
          webhook WebhookConversion : The conversion webhook.
        WebhookConversion : A conversion webhook.
          clientConfig WebhookClientConfig : How to call the webhook.
          conversionReviewVersions []string required list=atomic : ConversionReview versions accepted.
        WebhookClientConfig : How to reach a webhook.
          url string : URL of the webhook.
          service ServiceReference : Service of the webhook.
          caBundle byte : PEM CA bundle for the webhook's certificate.
        ServiceReference : A service reference.
          namespace string required : Namespace of the service.
          name string required : Name of the service.
          path string : URL path.
          port int32 : Port; defaults to 443.
        CustomResourceDefinitionStatus : Observed state of a definition.
          conditions []CustomResourceDefinitionCondition list=map keys=type : Conditions, such as Established and NamesAccepted.
          acceptedNames CustomResourceDefinitionNames : Names actually served.
          storedVersions []string list=atomic : Versions objects have ever been stored in.
        CustomResourceDefinitionCondition : One condition of a definition.
          type string required : Established, NamesAccepted, NonStructuralSchema, Terminating or KubernetesAPIApprovalPolicyConformant.
          status string required : True, False or Unknown.
          lastTransitionTime Time : When the status last changed.
          reason string : Machine-readable reason.
          message string : Human-readable details.
        JSONSchemaProps : A JSON Schema (OpenAPI v3 subset) node.
          id string : Schema identifier.
          $schema string : JSON Schema version.
          $ref string : Reference to another schema; not allowed in CRDs.
          description string : Documentation shown by kubectl explain.
          type string : array, boolean, integer, number, object or string.
          format string : Format of the values, such as int32 or date-time.
          title string : Short title.
          default JSON : Default value, applied when the field is absent.
          maximum double : Inclusive (or exclusive) upper bound.
          exclusiveMaximum boolean : Whether maximum is exclusive.
          minimum double : Inclusive (or exclusive) lower bound.
          exclusiveMinimum boolean : Whether minimum is exclusive.
          maxLength int64 : Maximum string length.
          minLength int64 : Minimum string length.
          pattern string : Regular expression strings must match.
          maxItems int64 : Maximum array length.
          minItems int64 : Minimum array length.
          uniqueItems boolean : Whether array elements must be distinct.
          multipleOf double : Numbers must be multiples of this.
          enum []JSON list=atomic : Allowed values.
          maxProperties int64 : Maximum object size.
          minProperties int64 : Minimum object size.
          required []string list=atomic : Properties that must be present.
          items JSONSchemaPropsOrArray : Schema of array elements.
          allOf []JSONSchemaProps list=atomic : Schemas that must all match.
          oneOf []JSONSchemaProps list=atomic : Schemas of which exactly one must match.
          anyOf []JSONSchemaProps list=atomic : Schemas of which at least one must match.
          not JSONSchemaProps : Schema that must not match.
          properties map[JSONSchemaProps] : Schemas of named object fields.
          additionalProperties JSONSchemaPropsOrBool : Schema of other object fields.
          patternProperties map[JSONSchemaProps] : Schemas of fields by name pattern.
          dependencies map[JSONSchemaPropsOrStringArray] : Dependent schemas.
          additionalItems JSONSchemaPropsOrBool : Schema of extra array elements.
          definitions map[JSONSchemaProps] : Named schemas.
          externalDocs ExternalDocumentation : External documentation.
          example JSON : Example value.
          nullable boolean : Whether null is allowed.
          x-kubernetes-preserve-unknown-fields boolean : Keep fields not specified by the schema.
          x-kubernetes-embedded-resource boolean : The object is a complete resource with apiVersion, kind and metadata.
          x-kubernetes-int-or-string boolean : The value may be an integer or a string.
          x-kubernetes-list-map-keys []string list=atomic : Keys identifying elements of a map list.
          x-kubernetes-list-type string : atomic, set or map.
          x-kubernetes-map-type string : granular or atomic.
          x-kubernetes-validations []ValidationRule merge=rule strategy=merge list=map keys=rule : CEL validation rules.
        ValidationRule : A CEL validation rule.
          rule string required : The CEL expression.
          message string : Message when the rule fails.
          messageExpression string : CEL expression producing the message.
          reason string : Reason reported when the rule fails.
          fieldPath string : Path reported when the rule fails.
          optionalOldSelf boolean : Also evaluate on create.
        ExternalDocumentation : A link to external documentation.
          description string : Link description.
          url string : Link URL.
        JSON untyped preserve : Any JSON value.
        JSONSchemaPropsOrArray untyped preserve : A schema or an array of schemas.
        JSONSchemaPropsOrBool untyped preserve : A schema or a Boolean.
        JSONSchemaPropsOrStringArray untyped preserve : A schema or an array of strings.
        """
}
