import OrderedJSON

/// An action operation whose envelope is built after every page has been added, because the
/// envelope's members are learned from the samples of all the API's actions.
struct PendingAction {
    var operationIndex: Int
    var action: ActionFact
    /// The type that holds the action's parameters (`<Operation>Parameters`).
    var parametersType: String
}

extension SchemaBuildState {
    /// Registers the parameters of an action page as a type and returns the request body, whose
    /// envelope type is decided in `resolveEnvelopes`.
    ///
    /// Sub-parameters of an object parameter become a type named after the property path
    /// (`CreateTaskParametersData`); of an array parameter, the type of its elements.
    mutating func registerAction(_ action: ActionFact, operationID: String, operationIndex: Int) -> RequestBody {
        let name = registry.freshName(Self.baseName(operationID) + "Parameters")
        let description = "The parameters of the action"
            + (action.parametersLabel.map { " (the envelope's `\(Self.memberName(forLabel: $0))`)" } ?? "") + "."
        registry.merge(name, description: description, properties: propertyFacts(action.parameters, owner: name),
                       at: action.location, diagnostics: &diagnostics)
        openTypes.insert(name)
        pendingActions.append(PendingAction(operationIndex: operationIndex, action: action, parametersType: name))
        return RequestBody(parameterName: nil, type: .unknown,
                           description: "The JSON envelope the action is sent in.", location: action.location)
    }

    /// Property rows for a parameter list, registering a type for every parameter with sub-parameters.
    mutating func propertyFacts(_ parameters: [ActionParameter], owner: String) -> [PropertyFact] {
        parameters.map { parameter in
            var type = parameter.effectiveType
            if !parameter.members.isEmpty {
                let nested = registry.freshName(owner + SwiftNames.typeName(parameter.name))
                registry.merge(nested, description: "Members of `\(parameter.name)`.",
                               properties: propertyFacts(parameter.members, owner: nested),
                               at: parameter.location, diagnostics: &diagnostics)
                openTypes.insert(nested)
                type = parameter.type.isArray ? .array(.named(nested)) : .named(nested)
            }
            return PropertyFact(name: parameter.name, type: type, description: parameter.description,
                                location: parameter.location)
        }
    }

    /// `Parameters (contact data)` → `parameters`: the envelope member a parameter-list label names.
    static func memberName(forLabel label: String) -> String {
        PageSection.words(label.lowercased()).first ?? "parameters"
    }

    /// Builds each action's envelope type and decides which members the builder fixes.
    ///
    /// Members are the keys of the API's envelope samples, in first-seen order, so that an action
    /// page without a sample still gets the whole envelope. For each action:
    /// - the member named like the parameter list (`parameters`) holds the parameters type;
    /// - a member the page states one value for (`**Resource type:** \`relation\``) is fixed to it;
    ///   several stated values make it a string parameter listing them;
    /// - a member that is a non-empty string in every envelope sample of the API, and the same one
    ///   in every sample of the page, is fixed to it (the action's identifier, `actionid`); a member
    ///   that is empty or a number anywhere (`resourceid`) is a slot the caller fills;
    /// - every other member is a parameter of the builder, typed from the page's samples.
    mutating func resolveEnvelopes() {
        guard !pendingActions.isEmpty else { return }
        var apiMembers: [String] = []
        var slots = Set<String>()
        for pending in pendingActions {
            for sample in operations[pending.operationIndex].requestSamples {
                guard case .object(let members)? = sample.json else { continue }
                for member in members {
                    if !apiMembers.contains(member.key) { apiMembers.append(member.key) }
                    if Self.sameNonEmptyString([member.value]) == nil { slots.insert(member.key) }
                }
            }
        }
        for pending in pendingActions { resolveEnvelope(pending, apiMembers: apiMembers, slots: slots) }
    }

    /// - Parameter slots: members that some envelope sample of the API leaves empty or gives a
    ///   non-string: values the caller fills, never fixed from a sample.
    mutating func resolveEnvelope(_ pending: PendingAction, apiMembers: [String], slots: Set<String>) {
        let index = pending.operationIndex
        let operation = operations[index]
        let action = pending.action
        let objects: [[JSONMember]] = operation.requestSamples.compactMap { sample in
            if case .object(let members)? = sample.json { return members }
            return nil
        }
        let payloadName = Self.memberName(forLabel: action.parametersLabel ?? "parameters")
        var members = apiMembers
        if members.isEmpty {
            // No sample anywhere: the envelope is what the page itself names.
            members = action.statedValues.map { Self.compact($0.label) } + [payloadName]
            diagnostics.warning("no sample shows the envelope of any action; it is assumed to hold "
                + members.joined(separator: ", "), at: action.location)
        }
        let payload = members.first { PageSection.matches($0.lowercased(), payloadName) }
            ?? members.first { name in objects.contains { $0.first { $0.key == name }?.value.isObject == true } }
        if payload == nil {
            diagnostics.warning("no envelope member holds the parameters (expected one named '\(payloadName)'); "
                + "the parameters type is not used", at: action.location)
        }
        let envelopeName = registry.freshName(Self.baseName(operation.id) + "Envelope")
        var properties: [Property] = []
        var envelopeMembers: [EnvelopeMember] = []
        var unseen: [String] = []
        for name in members {
            let values = objects.compactMap { $0.first { $0.key == name }?.value }
            var type: TypeExpression
            var fixed: String?
            var description: String
            if name == payload {
                type = .named(pending.parametersType)
                description = "The action's parameters."
            } else if let stated = statedValue(for: name, in: action, sampleValues: values) {
                type = .string
                if stated.values.count == 1 {
                    fixed = stated.values[0]
                    description = "Fixed by the page's '\(stated.label)': `\(stated.values[0])`."
                } else {
                    description = "One of: " + stated.values.map { "`\($0)`" }.joined(separator: ", ") + "."
                }
            } else if !slots.contains(name), let constant = Self.sameNonEmptyString(values) {
                type = .string
                fixed = constant
                description = "Fixed from the page's \(values.count) sample(s): `\(constant)`."
                diagnostics.note("envelope member '\(name)' is fixed to '\(constant)': every sample of the action "
                    + "shows it", at: operation.requestSamples.first?.sample.location ?? action.location)
            } else {
                type = inferring(at: action.location) { $0.infer(values, name: envelopeName + SwiftNames.typeName(name)) }
                if type == .unknown { type = .string }
                description = values.isEmpty ? "No sample of this action shows it." : ""
                if values.isEmpty { unseen.append(name) }
            }
            properties.append(Property(name: name, type: type, description: description, isInferred: true,
                                       location: action.location))
            envelopeMembers.append(EnvelopeMember(name: name, type: type, fixedValue: fixed, description: description))
        }
        if !unseen.isEmpty {
            diagnostics.warning("no sample of this action shows the envelope member(s) "
                + unseen.map { "'\($0)'" }.joined(separator: ", ") + "; the request builder takes them as parameters",
                at: action.location)
        }
        for stated in action.statedValues where !members.contains(where: { Self.stated(stated, names: $0) }) {
            diagnostics.note("'\(stated.label)' names no envelope member; not used", at: stated.location)
        }
        registry.set(TypeDefinition(
            name: envelopeName, description: "The JSON envelope `\(operation.title)` is sent in.",
            properties: properties, origin: .inferred, locations: [action.location]))
        operations[index].requestBody?.type = .named(envelopeName)
        operations[index].requestBody?.envelope = BodyEnvelope(members: envelopeMembers)
    }

    /// The stated value whose label names `member`: equal ignoring case and blanks (`Resource type`
    /// → `resourcetype`), or a prefix of it (`Resource` → `resourcetype`) when only one member fits
    /// or the samples show the stated value.
    func statedValue(for member: String, in action: ActionFact, sampleValues: [JSONNode]) -> StatedValue? {
        if let exact = action.statedValues.first(where: { Self.compact($0.label) == member.lowercased() }) { return exact }
        return action.statedValues.first { stated in
            Self.stated(stated, names: member)
                && sampleValues.allSatisfy { value in
                    if case .string(let text) = value { return stated.values.contains(text) }
                    return false
                }
        }
    }

    /// Whether a stated value's label names `member` exactly or as a prefix.
    static func stated(_ stated: StatedValue, names member: String) -> Bool {
        let label = compact(stated.label)
        return !label.isEmpty && member.lowercased().hasPrefix(label)
    }

    /// `Resource type` → `resourcetype`.
    static func compact(_ label: String) -> String {
        PageSection.words(label.lowercased()).joined()
    }

    /// The string every value is, when all are the same non-empty string.
    static func sameNonEmptyString(_ values: [JSONNode]) -> String? {
        guard case .string(let first)? = values.first, !first.isEmpty,
              values.allSatisfy({ $0 == .string(first) }) else { return nil }
        return first
    }

    /// Copies the final types of envelope types into their operations' envelopes, after samples
    /// have typed what they could.
    mutating func syncEnvelopes() {
        for index in operations.indices {
            guard let body = operations[index].requestBody, let envelope = body.envelope,
                  case .named(let name) = body.type, let definition = registry[name] else { continue }
            let fixed = Dictionary(envelope.members.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            operations[index].requestBody?.envelope = BodyEnvelope(members: definition.properties.map { property in
                EnvelopeMember(name: property.name, type: property.type, fixedValue: fixed[property.name]?.fixedValue,
                               description: fixed[property.name]?.description ?? property.description)
            })
        }
    }
}

extension JSONNode {
    /// True for objects.
    var isObject: Bool {
        if case .object = self { return true }
        return false
    }
}
